// A contribution sent as Word and returned through LibreOffice (saved again as .docx, as a
// contributor without Word would): the ticket in its custom XML part and the section markers
// survive, so an untouched file gives back the sections as they were sent, and an edit made
// before saving comes back in its section.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributionDocx, readReturnedDocx } from '../../shared/contribution/word';
import { diffBlocks } from '../../shared/diff/blocks';
import { fieldTexts } from '../../shared/model/field-texts';
import type { Draft } from '../../shared/model/draft';
import {
  CHANGED_SENTENCE,
  editPart,
  paragraphWith,
  sectionTop,
  wordCopy,
  wordLead,
} from '../fixtures/word-contribution';
import { convertWithLibreOffice, part, tempDir } from './support';

const NOW = { now: new Date(Date.UTC(2026, 11, 2)) };

let dir: string;
let saved: { untouched: string; edited: string };

beforeAll(async () => {
  dir = tempDir('contribution-word');
  const sent = await contributionDocx(wordCopy(), NOW);
  const withText = await editPart(sent, 'word/document.xml', (xml) => {
    const { start, end, xml: paragraph } = paragraphWith(xml, CHANGED_SENTENCE);
    const changed = paragraph
      .replace('four hours', 'two hours')
      .replace('</w:p>', '<w:r><w:footnoteReference w:id="90"/></w:r></w:p>');
    const h = sectionTop(xml, 'nd_norm_h').headingEnd;
    const added = '<w:p><w:r><w:t>Examplia answers every request within a day.</w:t></w:r></w:p>';
    return xml.slice(0, start) + changed + xml.slice(end, h) + added + xml.slice(h);
  });
  const edited = await editPart(withText, 'word/footnotes.xml', (xml) =>
    xml.replace(
      '</w:footnotes>',
      '<w:footnote w:id="90"><w:p><w:r><w:t>CERT annual report 2026.</w:t></w:r></w:p></w:footnote></w:footnotes>',
    ),
  );
  const sentDir = join(dir, 'sent');
  const savedDir = join(dir, 'saved');
  mkdirSync(sentDir);
  mkdirSync(savedDir);
  writeFileSync(join(sentDir, 'untouched.docx'), sent);
  writeFileSync(join(sentDir, 'edited.docx'), edited);
  const [untouched, editedSaved] = convertWithLibreOffice(
    [join(sentDir, 'untouched.docx'), join(sentDir, 'edited.docx')],
    savedDir,
    'docx',
  );
  saved = { untouched: untouched!, edited: editedSaved! };
  // LibreOffice starts and converts two documents: several seconds, more on a busy machine.
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const blocks = (draft: Draft, id: string) =>
  diffBlocks(draft.sections.find((s) => s.id === id)!.content, fieldTexts(draft));

const texts = (draft: Draft, id: string) =>
  blocks(draft, id).map((block) =>
    block.tokens.map((t) => (t.kind === 'text' ? t.text : t.kind === 'footnote' ? `[${t.text}]` : '')).join(''),
  );

describe('a Word contribution saved again by LibreOffice', () => {
  it('keeps the ticket and the bookmarks of the asked sections', () => {
    expect(part(saved.untouched, 'word/document.xml')).toMatch(/w:name="nd_norm_g"/);
    expect(part(saved.untouched, 'customXml/item1.xml')).toContain('ticket-word-1');
  });

  it('gives back the sections as they were sent when nothing was edited', async () => {
    const lead = wordLead();
    const copy = await readReturnedDocx(new Uint8Array(readFileSync(saved.untouched)), lead);
    expect(copy.contribution?.id).toBe('ticket-word-1');
    for (const id of ['norm-g', 'norm-h']) expect(blocks(copy, id)).toEqual(blocks(lead, id));
  });

  it('brings an edit back in its section', async () => {
    const lead = wordLead();
    const copy = await readReturnedDocx(new Uint8Array(readFileSync(saved.edited)), lead);
    expect(texts(copy, 'norm-g')).toContain(
      'The Examplia CERT shares incident data with operators within two hours.[CERT annual report 2026.]',
    );
    // The blocks around it come back as they were sent.
    const sent = blocks(lead, 'norm-g');
    const back = blocks(copy, 'norm-g');
    expect(back.length).toBe(sent.length);
    expect(back.filter((block, index) => JSON.stringify(block) !== JSON.stringify(sent[index]))).toHaveLength(1);
    expect(texts(copy, 'norm-h')).toEqual(['Examplia answers every request within a day.']);
  });
});
