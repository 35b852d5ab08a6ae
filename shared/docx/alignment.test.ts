// A paragraph aligned in the editor (centred, justified, to one side) is aligned the same way in
// Word: the editor's alignment names map to WordprocessingML's w:jc values.
import { describe, expect, it } from 'vitest';
import normsOnly from '../../templates/norms-only.template.json';
import { doc, para } from '../../test/fixtures/content';
import type { Draft } from '../model/draft';
import type { SerializedElement } from '../model/lexical-json';
import { readZipDirectory } from '../ooxml/zip/read';
import { inflateEntry } from '../ooxml/zip/inflate';
import { createDraft } from '../templates/create-draft';
import { parseTemplate } from '../templates/schema';
import { exportDocx } from './export-docx';
import { defaultExportOptions } from './options';
import { publicDraft } from '../collab/public-draft';

const ALIGNED: SerializedElement['format'][] = ['', 'left', 'start', 'center', 'right', 'end', 'justify'];

function draftWith(language: 'en' | 'ar'): Draft {
  let n = 0;
  const draft = createDraft(
    parseTemplate(normsOnly),
    { submitter: 'Republic of Examplia', forum: '', language, date: '2026-05-12', issuingBody: '' },
    { now: 0, newId: () => `id${(n += 1)}` },
  );
  const paragraphs = ALIGNED.map((format) => ({ ...para(`Aligned ${format || 'default'}`), format }));
  draft.sections[0]!.content = doc(...paragraphs);
  return draft;
}

/** The w:jc of the paragraph holding `text`, or null when it has none. */
async function alignments(draft: Draft): Promise<Map<string, string | null>> {
  const bytes = await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(0) });
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 100));
  const out = new Map<string, string | null>();
  for (const [, inner] of xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const text = [...inner!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    if (text.startsWith('Aligned '))
      out.set(text.slice('Aligned '.length), /<w:jc w:val="([^"]+)"/.exec(inner!)?.[1] ?? null);
  }
  return out;
}

describe('paragraph alignment in Word', () => {
  it('centres, justifies and aligns to a side as the editor shows; the default and "start" follow the text', async () => {
    expect(Object.fromEntries(await alignments(draftWith('en')))).toEqual({
      default: null,
      left: 'left',
      start: null,
      center: 'center',
      right: 'right',
      end: 'end',
      justify: 'both',
    });
  });

  it('keeps the same alignment names in a right-to-left document, where start and end follow its direction', async () => {
    const arabic = await alignments(draftWith('ar'));
    expect(arabic.get('center')).toBe('center');
    expect(arabic.get('justify')).toBe('both');
    expect(arabic.get('end')).toBe('end');
    expect(arabic.get('start')).toBeNull();
  });
});
