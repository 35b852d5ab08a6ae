// Lettered sub-lists split by a paragraph ("a., b.", a sentence, then "c., d.") keep their letters
// and go on from where they stopped, in Markdown and in plain text, as in the file.
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import { LETTERED_LIST_STYLE, type SerializedList, type SerializedNode } from '../model/lexical-json';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';

const templates = loadTemplates([nationalNonPaper]);

async function listsOfNormG(name: string, lines: string[]): Promise<SerializedList[]> {
  let next = 0;
  const { draft } = await importDocument(
    { name, bytes: new TextEncoder().encode(lines.join('\n')) },
    { templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}` },
  );
  const children: SerializedNode[] = draft.sections.find((s) => s.norm === 'g')!.content.root.children;
  return children.filter((node): node is SerializedList => node.type === 'list');
}

const shape = (list: SerializedList) => ({
  lettered: list.$?.listStyle === LETTERED_LIST_STYLE,
  start: list.start,
  items: list.children.length,
});

const INTRO = ['Non-paper of the Republic of Examplia on the norms', '', 'Republic of Examplia, May 2026', ''];

describe('lettered lists split by a paragraph', () => {
  it('go on at c. in Markdown', async () => {
    const lists = await listsOfNormG('examplia.md', [
      ...INTRO,
      '## 13(g) Critical infrastructure',
      '',
      'Operators must:',
      '',
      'a. register with the coastal authority;',
      'b. report incidents within a day;',
      '',
      'The Port of Examplia is treated as an operator. Operators must also:',
      '',
      'c. test their backups every quarter;',
      'd. name a security officer.',
    ]);
    expect(lists.map(shape)).toEqual([
      { lettered: true, start: 1, items: 2 },
      { lettered: true, start: 3, items: 2 },
    ]);
  });

  it('go on at c) in plain text', async () => {
    const lists = await listsOfNormG('examplia.txt', [
      ...INTRO,
      '13(g) Critical infrastructure',
      '',
      'Operators must:',
      '',
      'a) register with the coastal authority;',
      'b) report incidents within a day;',
      '',
      'The Port of Examplia is treated as an operator. Operators must also:',
      '',
      'c) test their backups every quarter;',
      'd) name a security officer.',
    ]);
    expect(lists.map(shape)).toEqual([
      { lettered: true, start: 1, items: 2 },
      { lettered: true, start: 3, items: 2 },
    ]);
  });
});
