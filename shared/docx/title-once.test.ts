// Regression: a fresh draft's DOCX showed the title twice, once from the draft's fields and once
// from the title section's content. The title section is the title block, as the draft view
// shows and the user edits it; the fields' block is printed only when there is no such text.
import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import type { Draft } from '../model/draft';
import { emptyEditorState } from '../model/empty';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { withFields } from '../model/draft-fields';
import { createDraft } from '../templates/create-draft';
import { parseTemplate } from '../templates/schema';
import { exportDocx } from './export-docx';
import { defaultExportOptions } from './options';
import { publicDraft } from '../collab/public-draft';

const params = {
  submitter: 'Republic of Examplia',
  forum: 'OEWG, 2026 session',
  language: 'en' as const,
  date: '2026-05-12',
  issuingBody: 'Ministry of Foreign Affairs of Examplia',
};
const env = () => {
  let n = 0;
  return { now: 0, newId: () => `id${(n += 1)}` };
};

/** The body's paragraphs in order: their style and their text. */
async function paragraphs(draft: Draft, options = defaultExportOptions()): Promise<{ style: string; text: string }[]> {
  const bytes = await exportDocx(publicDraft(draft), options, { now: new Date(0) });
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 100));
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner!)?.[1] ?? 'Normal',
    text: [...inner!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

describe("a fresh draft's DOCX shows the title once", () => {
  it('prints the title section of a new national non-paper, as the Title, and not the fields again', async () => {
    const draft = createDraft(parseTemplate(national), params, env());
    const body = await paragraphs(draft);
    expect(body.filter((p) => p.text === draft.fields.title)).toEqual([{ style: 'Title', text: draft.fields.title }]);
    expect(body.filter((p) => p.text === params.issuingBody)).toHaveLength(1);
    expect(body.filter((p) => p.text.startsWith('Republic of Examplia, May 2026'))).toHaveLength(1);
    const withEmpty = await paragraphs(draft, { ...defaultExportOptions(), includeEmptySections: true });
    expect(withEmpty.findIndex((p) => p.text === draft.fields.title)).toBeLessThan(
      withEmpty.findIndex((p) => p.style === 'Heading1'),
    );
  });

  it('adds the forum typed at creation under a title section that does not name it, once', async () => {
    const draft = createDraft(parseTemplate(national), params, env());
    const body = await paragraphs(draft);
    const submitter = body.findIndex((p) => p.text.startsWith('Republic of Examplia, May 2026'));
    expect(body[submitter + 1]).toEqual({ style: 'Forum', text: 'Submitted to: OEWG, 2026 session' });
    expect(body.filter((p) => p.text.includes(params.forum))).toHaveLength(1);
  });

  it('prints the title block from the fields for a template without a title section', async () => {
    const draft = createDraft(parseTemplate(normsOnly), params, env());
    expect(draft.sections.some((s) => s.kind === 'title')).toBe(false);
    const body = await paragraphs(draft);
    expect(body.filter((p) => p.text === draft.fields.title)).toEqual([{ style: 'Title', text: draft.fields.title }]);
    expect(body.filter((p) => p.style === 'Forum')).toEqual([
      { style: 'Forum', text: 'Submitted to: OEWG, 2026 session' },
    ]);
  });

  it('falls back to the fields when the user emptied the title section', async () => {
    const draft = createDraft(parseTemplate(national), params, env());
    draft.sections = draft.sections.map((s) => (s.kind === 'title' ? { ...s, content: emptyEditorState() } : s));
    const body = await paragraphs(draft);
    expect(body.filter((p) => p.text === draft.fields.title)).toEqual([{ style: 'Title', text: draft.fields.title }]);
  });
});

describe('fields in the text', () => {
  it('write the current value of the field, as the details were changed after creation', async () => {
    const draft = withFields(createDraft(parseTemplate(national), params, env()), {
      submitter: 'Kingdom of Examplia',
      date: '2026-07-01',
    });
    const body = await paragraphs(draft);
    expect(body.filter((p) => p.text === 'Kingdom of Examplia, July 2026')).toHaveLength(1);
    expect(body.some((p) => p.text.includes('Republic of Examplia'))).toBe(false);
    expect(body.at(-1)).toMatchObject({ text: '1 July 2026' });
  });
});
