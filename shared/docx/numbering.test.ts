import { describe, expect, it } from 'vitest';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import type { Draft } from '../model/draft';
import type { Language } from '../model/languages';
import type { SerializedEditorState } from '../model/lexical-json';
import { LETTERED_LIST_STYLE } from '../model/lexical-json';
import { exportDocx } from './export-docx';
import { defaultExportOptions } from './options';
import { publicDraft } from '../collab/public-draft';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, style: '', mode: 'normal', detail: 0 });
const item = (t: string, value: number) => ({
  type: 'listitem',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  value,
  children: [text(t)],
});

/** A section holding one lettered list of three items, from its second item on when `start` is 2. */
function letteredList(start: number): SerializedEditorState {
  const list = {
    type: 'list',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    listType: 'number',
    start,
    tag: 'ol',
    $: { listStyle: LETTERED_LIST_STYLE },
    children: ['أول', 'ثان', 'ثالث'].map((t, i) => item(t, start + i)),
  };
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [list] },
  } as unknown as SerializedEditorState;
}

function draft(language: Language): Draft {
  return {
    id: 'd1',
    templateId: 't',
    fields: { title: 'Examplia', submitter: 'Republic of Examplia', issuingBody: '', forum: '', date: '2026-03-12' },
    submitterKind: 'state',
    language,
    createdAt: 0,
    updatedAt: 0,
    sections: [
      { id: 's', kind: 'summary', norm: null, heading: 'Summary', status: 'drafting', content: letteredList(1) },
      { id: 'a', kind: 'norm', norm: 'a', heading: '', status: 'drafting', content: letteredList(2) },
    ],
  };
}

/** The number formats of the lettered lists' first level in the exported numbering part. */
async function letterFormats(language: Language): Promise<string[]> {
  const bytes = await exportDocx(publicDraft(draft(language)), defaultExportOptions(), { now: new Date() });
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/numbering.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 50));
  return [...xml.matchAll(/<w:lvl w:ilvl="0"[^>]*>.*?<w:numFmt w:val="(\w+)"/gs)]
    .map((m) => m[1]!)
    .filter((f) => f !== 'bullet' && f !== 'decimal');
}

describe('lettered lists in the Word file', () => {
  it('letter an Arabic document’s lists أ، ب، ج (abjad order), as United Nations Arabic documents do', async () => {
    const formats = await letterFormats('ar');
    expect(formats.length).toBeGreaterThan(0);
    expect(new Set(formats)).toEqual(new Set(['arabicAbjad']));
  });

  it('letter the lists a, b, c in the other languages', async () => {
    for (const language of ['en', 'fr', 'zh'] as const)
      expect(new Set(await letterFormats(language)), language).toEqual(new Set(['lowerLetter']));
  });
});
