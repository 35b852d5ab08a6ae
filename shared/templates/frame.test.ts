import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import survey from '../../templates/national-survey.template.json';
import english from '../../locales/en/templates.json';
import { INTERNAL_WORDS, surveyWithNarrative } from '../../test/fixtures/survey-draft';
import { publicDraft } from '../collab/public-draft';
import { exportDocx } from '../docx/export-docx';
import { defaultExportOptions } from '../docx/options';
import type { Draft } from '../model/draft';
import { sectionPlainText } from '../model/text';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { draftInFrame, findFrame, UnknownFrameError } from './frame';
import { messagesTranslator } from './messages';
import { parseTemplate } from './schema';

const NATIONAL = parseTemplate(national);
const SURVEY = parseTemplate(survey);
const translate = messagesTranslator(english);

const NARRATIVE = 'Examplia lists its hospitals and power grid as critical infrastructure and shares alerts daily.';

async function documentText(draft: Draft): Promise<string> {
  const bytes = await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(0) });
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 50_000_000));
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join('|');
}

async function allParts(draft: Draft): Promise<string[]> {
  const bytes = await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(0) });
  return Promise.all(
    readZipDirectory(bytes).map(async (entry) =>
      new TextDecoder().decode(await inflateEntry(bytes, entry, 50_000_000)),
    ),
  );
}

describe('a draft written in the frame of another template', () => {
  it("puts the survey's norm g narrative, the same text, under Norm 7 of the non-paper", async () => {
    const draft = surveyWithNarrative(NARRATIVE);
    const framed = draftInFrame(draft, NATIONAL, translate);
    expect(framed.templateId).toBe('national-non-paper');
    const g = framed.sections.find((section) => section.norm === 'g')!;
    expect(sectionPlainText(g.content)).toBe(NARRATIVE);
    // The non-paper's own heading for the norm, in the non-paper's order of sections.
    const nationalG = NATIONAL.sections.findIndex((slot) => slot.kind === 'norm' && slot.norm === 'g');
    expect(framed.sections.indexOf(g)).toBe(nationalG);
    const text = await documentText(framed);
    // The norm's heading, then straight away the narrative.
    expect(text).toMatch(
      /\|Norm 7 \(UNGGE 2015 report, paragraph 13g\)[^|]*\|Examplia lists its hospitals and power grid as critical infrastructure and shares alerts daily\.\|/,
    );
  });

  it('changes both documents when the draft is edited once', async () => {
    const edited = surveyWithNarrative('Examplia now also protects its water supply.');
    expect(await documentText(edited)).toContain('Examplia now also protects its water supply.');
    expect(await documentText(draftInFrame(edited, NATIONAL, translate))).toContain(
      'Examplia now also protects its water supply.',
    );
    for (const text of [await documentText(edited), await documentText(draftInFrame(edited, NATIONAL, translate))])
      expect(text).not.toContain(NARRATIVE);
  });

  it('leaves the stored draft as it was', () => {
    const draft = surveyWithNarrative(NARRATIVE);
    const before = structuredClone(draft);
    draftInFrame(draft, NATIONAL, translate);
    expect(draft).toEqual(before);
    // In its own template the draft is its own frame.
    expect(draftInFrame(draft, SURVEY, translate)).toBe(draft);
  });

  it('never lets an internal answer into any part of the document in another frame', async () => {
    const draft = surveyWithNarrative(NARRATIVE);
    expect(JSON.stringify(draftInFrame(draft, NATIONAL, translate))).toContain('SECRETNEED');
    for (const xml of await allParts(draftInFrame(draft, NATIONAL, translate)))
      for (const word of INTERNAL_WORDS) expect(xml).not.toContain(word);
  });

  it('names the templates there are when asked for one that does not exist', () => {
    expect(findFrame([SURVEY, NATIONAL], 'national-non-paper')).toBe(NATIONAL);
    expect(() => findFrame([SURVEY, NATIONAL], 'non-paper')).toThrow(UnknownFrameError);
    expect(() => findFrame([SURVEY, NATIONAL], 'non-paper')).toThrow(
      'There is no template "non-paper" to write the draft in; the templates are: national-survey, national-non-paper',
    );
  });
});
