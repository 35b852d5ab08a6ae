// A contribution as a Word file, out and back: the cover note and bars in the file, the asked
// sections matched back by their bookmarks or, without them, by their headings, edits made in
// the document's XML (as Word saves them) landing in the right section, and files that are not
// a contribution of the draft refused with a message the user can act on.
import { describe, expect, it } from 'vitest';
import { publicDraft } from '../collab/public-draft';
import { diffBlocks } from '../diff/blocks';
import { defaultExportOptions, exportDocx } from '../docx';
import { FileFormatError } from '../format/file-format-error';
import { fieldTexts } from '../model/field-texts';
import type { Draft } from '../model/draft';
import { readPackage, partText } from '../ooxml/package';
import {
  CHANGED_SENTENCE,
  editPart,
  paragraphWith,
  sectionTop,
  wordCopy,
  wordLead,
} from '../../test/fixtures/word-contribution';
import { contributionCopy } from '../../test/fixtures/collab-draft';
import { contributionDocx, readReturnedDocx } from './word';
import { WordContributionError } from './word-errors';

const NOW = { now: new Date(Date.UTC(2026, 11, 2)) };

async function documentXml(docx: Uint8Array): Promise<string> {
  return partText(await readPackage(docx), 'word/document.xml')!;
}

function section(draft: Draft, id: string) {
  const found = draft.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** The section's blocks as the merge compares them. */
function blocks(draft: Draft, id: string) {
  return diffBlocks(section(draft, id).content, fieldTexts(draft));
}

function texts(draft: Draft, id: string): string[] {
  return blocks(draft, id).map((block) =>
    block.tokens
      .map((token) => (token.kind === 'start' ? '' : token.kind === 'footnote' ? `[${token.text}]` : token.text))
      .join(''),
  );
}

async function refusal(promise: Promise<unknown>): Promise<WordContributionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  // A FileFormatError like every file refused, with a code the screens word in the user's language.
  expect(error).toBeInstanceOf(FileFormatError);
  expect(error).toBeInstanceOf(WordContributionError);
  return error as WordContributionError;
}

describe('contributionDocx', () => {
  it('opens with a cover note saying whose draft it is, for whom, what is asked and by when', async () => {
    const xml = await documentXml(await contributionDocx(wordCopy(), NOW));
    const cover = xml.slice(0, xml.indexOf('Your section — write here'));
    expect(cover).toContain('Contribution requested');
    expect(cover).toContain(
      'Draft: Examplia on the norms, sent by Ilse Varga (Ministry of Foreign Affairs of Examplia)',
    );
    expect(cover).toContain('For: Tomas Brandt (Examplia CERT)');
    expect(cover).toContain('What is asked: Please bring the incident figures up to date.');
    expect(cover).toContain('Your sections: Critical infrastructure, Requests for assistance');
    expect(cover).toContain('Please send this file back by 20 December 2026.');
  });

  it('marks each asked section with a yellow bar and a bookmark, the others with a grey bar', async () => {
    const xml = await documentXml(await contributionDocx(wordCopy(), NOW));
    expect(xml.match(/>Your section — write here</g)).toHaveLength(2);
    expect(xml.match(/>For reference — do not edit</g)).toHaveLength(1);
    expect(xml).toMatch(/<w:bookmarkStart w:id="\d+" w:name="nd_norm_g"\/>/);
    expect(xml).toMatch(/<w:bookmarkStart w:id="\d+" w:name="nd_norm_h"\/>/);
    // The closing date line is the lead's: it is not written after the last asked section.
    expect(xml).not.toContain('12 May 2026');
  });

  it('carries the ticket in the file without the lead’s marks on the text', async () => {
    const docx = await contributionDocx(contributionCopy(), NOW);
    const pkg = await readPackage(docx);
    const item = partText(pkg, 'customXml/item1.xml')!;
    expect(item).toContain('ticket-1');
    expect(item).toContain('The CERT shares incident data within four hours.');
    for (const part of pkg.parts)
      expect(typeof part.data === 'string' ? part.data : new TextDecoder().decode(part.data)).not.toContain('collab:');
  });

  it('leaves the other sections out when the sender chose so', async () => {
    const xml = await documentXml(await contributionDocx(wordCopy('omitted'), NOW));
    expect(xml).not.toContain('For reference — do not edit');
    expect(xml).not.toContain('Examplia protects its critical infrastructure');
    expect(xml).toContain('Only the sections asked of you are in this file.');
  });

  it('writes the cover and bars in the draft’s language', async () => {
    const copy = { ...wordCopy(), language: 'fr' as const };
    const xml = await documentXml(await contributionDocx(copy, NOW));
    expect(xml).toContain('Demande de contribution');
    expect(xml).toContain('Votre section — écrivez ici');
    expect(xml).toContain('20 décembre 2026');
  });
});

describe('readReturnedDocx', () => {
  it('gives back the asked sections as they were sent when nothing was edited', async () => {
    const lead = wordLead();
    const copy = await readReturnedDocx(await contributionDocx(wordCopy(), NOW), lead);
    expect(copy.contribution?.id).toBe('ticket-word-1');
    expect(copy.contribution?.draftId).toBe(lead.id);
    expect(copy.contribution?.returnedAt).toBeGreaterThanOrEqual(copy.contribution!.sentAt);
    for (const id of ['norm-g', 'norm-h']) expect(blocks(copy, id)).toEqual(blocks(lead, id));
    expect(section(copy, 'norm-g').content).toEqual(section(lead, 'norm-g').content);
  });

  it('gives back only the asked sections when the others were left out', async () => {
    const copy = await readReturnedDocx(await contributionDocx(wordCopy('omitted'), NOW), wordLead());
    expect(copy.sections.map((s) => s.id)).toEqual(['norm-g', 'norm-h']);
    expect(copy.contribution?.others).toBe('omitted');
  });

  it('puts a changed paragraph, an added paragraph and an added footnote in the right section', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    let edited = await editPart(docx, 'word/document.xml', (xml) => {
      const { start, end, xml: paragraph } = paragraphWith(xml, CHANGED_SENTENCE);
      const changed = paragraph
        .replace('four hours.', 'two hours.')
        .replace('</w:p>', '<w:r><w:footnoteReference w:id="90"/></w:r></w:p>');
      const added = '<w:p><w:r><w:t>Operators report within one hour.</w:t></w:r></w:p>';
      const h = sectionTop(xml, 'nd_norm_h').headingEnd;
      const inH = '<w:p><w:r><w:t>Examplia answers every request within a day.</w:t></w:r></w:p>';
      return xml.slice(0, start) + changed + added + xml.slice(end, h) + inH + xml.slice(h);
    });
    edited = await editPart(edited, 'word/footnotes.xml', (xml) =>
      xml.replace(
        '</w:footnotes>',
        '<w:footnote w:id="90"><w:p><w:r><w:t>CERT annual report 2026.</w:t></w:r></w:p></w:footnote></w:footnotes>',
      ),
    );
    const lead = wordLead();
    const copy = await readReturnedDocx(edited, lead);
    const g = texts(copy, 'norm-g');
    expect(g).toContain(
      'The Examplia CERT shares incident data with operators within two hours.[CERT annual report 2026.]',
    );
    expect(g[g.indexOf(g.find((t) => t.includes('two hours'))!) + 1]).toBe('Operators report within one hour.');
    expect(texts(copy, 'norm-h')).toEqual(['Examplia answers every request within a day.']);
    // Untouched blocks come back as they were sent, the field and the footnote's link with them.
    const before = section(lead, 'norm-g').content.root.children;
    const after = section(copy, 'norm-g').content.root.children;
    expect(after[0]).toEqual(before[0]);
    expect(after.at(-1)).toEqual(before.at(-1));
  });

  it('reads the list items, headings and formatting the contributor adds', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) => {
      const item = paragraphWith(xml, 'Water and sanitation');
      const added = item.xml.replace('Water and sanitation', 'Transport');
      const h = sectionTop(xml, 'nd_norm_h').headingEnd;
      const heading = '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Timelines</w:t></w:r></w:p>';
      const bolded =
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Within a day</w:t></w:r><w:r><w:t xml:space="preserve">, always.</w:t></w:r></w:p>';
      return xml.slice(0, item.end) + added + xml.slice(item.end, h) + heading + bolded + xml.slice(h);
    });
    const copy = await readReturnedDocx(edited, wordLead());
    const bullets = blocks(copy, 'norm-g').filter((block) => block.style.kind === 'bullet');
    expect(bullets.map((block) => block.tokens.map((t) => (t.kind === 'text' ? t.text : '')).join(''))).toEqual([
      'Energy',
      'Water and sanitation',
      'Transport',
    ]);
    const [title, block] = blocks(copy, 'norm-h');
    // Heading 2 under the section's own Heading 1 is the editor's heading.
    expect(title?.style).toEqual({ kind: 'heading', level: 2 });
    expect(
      block?.tokens.filter((t) => t.kind === 'text' && t.marks === 1).map((t) => (t.kind === 'text' ? t.text : '')),
    ).toEqual(['Within', ' ', 'a', ' ', 'day']);
  });

  it('keeps text typed in a new paragraph right after a section’s bar, shaded like the bar', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) => {
      const { barStart } = sectionTop(xml, 'nd_norm_h');
      const barEnd = xml.indexOf('</w:p>', barStart) + '</w:p>'.length;
      const bar = xml.slice(barStart, barEnd);
      // Enter at the end of the bar: the new paragraph takes the bar's properties, not its bookmark.
      const typed = bar
        .replace(/<w:bookmarkStart [^>]*\/>/, '')
        .replace('Your section — write here', 'Typed under the bar.');
      return xml.slice(0, barEnd) + typed + xml.slice(barEnd);
    });
    const copy = await readReturnedDocx(edited, wordLead());
    expect(texts(copy, 'norm-h')).toEqual(['Typed under the bar.']);
    expect(blocks(copy, 'norm-g')).toEqual(blocks(wordLead(), 'norm-g'));
  });

  it('accepts tracked changes: inserted text is kept, deleted text is gone', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) => {
      const { start, end, xml: paragraph } = paragraphWith(xml, CHANGED_SENTENCE);
      const tracked = paragraph.replace(
        /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">[^<]*<\/w:t><\/w:r>/,
        '<w:del w:id="1" w:author="Tomas Brandt"><w:r><w:delText>Old text.</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="Tomas Brandt"><w:r><w:t>Incident data is shared at once.</w:t></w:r></w:ins>',
      );
      return xml.slice(0, start) + tracked + xml.slice(end);
    });
    const copy = await readReturnedDocx(edited, wordLead());
    expect(texts(copy, 'norm-g')).toContain('Incident data is shared at once.');
    expect(texts(copy, 'norm-g').join(' ')).not.toContain('Old text.');
  });

  it('does not take edits made to a section given for reference', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) =>
      xml.replace('through law and practice.', 'through law alone.'),
    );
    const lead = wordLead();
    const copy = await readReturnedDocx(edited, lead);
    expect(section(copy, 'summary')).toEqual(section(lead, 'summary'));
    for (const id of ['norm-g', 'norm-h']) expect(blocks(copy, id)).toEqual(blocks(lead, id));
  });

  it('ends an asked section at the heading of a section given for reference, even without its bar', async () => {
    const reorder = (draft: Draft): Draft => ({ ...draft, sections: [...draft.sections.slice(1), draft.sections[0]!] });
    const docx = await contributionDocx(reorder(wordCopy()), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) => {
      const { barStart } = sectionTop(xml, 'nd_summary');
      const barEnd = xml.indexOf('</w:p>', barStart) + '</w:p>'.length;
      return xml.slice(0, barStart) + xml.slice(barEnd);
    });
    const lead = reorder(wordLead());
    const copy = await readReturnedDocx(edited, lead);
    expect(blocks(copy, 'norm-h')).toEqual(blocks(lead, 'norm-h'));
  });

  it('finds the sections by their headings when the bookmarks were lost', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) =>
      xml.replace(/<w:bookmark(Start|End) [^>]*\/>/g, '').replace(CHANGED_SENTENCE, 'Changed without bookmarks.'),
    );
    const copy = await readReturnedDocx(edited, wordLead());
    expect(texts(copy, 'norm-g')).toContain('Changed without bookmarks.');
    expect(blocks(copy, 'norm-h')).toEqual(blocks(wordLead(), 'norm-h'));
  });

  it('refuses a file whose asked section lost both its bar and its heading, naming the section', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'word/document.xml', (xml) => {
      const { barStart, headingEnd } = sectionTop(xml, 'nd_norm_h');
      return (xml.slice(0, barStart) + xml.slice(headingEnd)).replace(/<w:bookmark(Start|End) [^>]*\/>/g, '');
    });
    const error = await refusal(readReturnedDocx(edited, wordLead()));
    expect(error.message).toContain('“Requests for assistance” cannot be found in this Word file');
    expect([error.problem, error.params]).toEqual(['section-missing', { section: 'Requests for assistance' }]);
  });

  it('refuses a contribution to another draft', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const other = { ...wordLead(), id: 'another-draft', fields: { ...wordLead().fields, title: 'Another paper' } };
    const error = await refusal(readReturnedDocx(docx, other));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('a contribution to another draft, not to “Another paper”');
    expect([error.problem, error.params]).toEqual(['other-draft', { title: 'Another paper' }]);
  });

  it('refuses a Word file exported from the draft, which is no contribution', async () => {
    const lead = wordLead();
    const docx = await exportDocx(publicDraft(lead), defaultExportOptions(), NOW);
    const error = await refusal(readReturnedDocx(docx, lead));
    expect(error.code).toBe('wrong-format');
    expect(error.message).toContain('not a contribution sent from Norms Drafter');
    expect(error.problem).toBe('not-a-contribution');
  });

  it('refuses a file that is not a Word document, and one too large, without reading it', async () => {
    const lead = wordLead();
    const text = await refusal(readReturnedDocx(new TextEncoder().encode('Examplia, not a zip'), lead));
    expect(text.message).toContain('is not a Word document (.docx)');
    expect(text.problem).toBe('damaged');
    const huge = await refusal(readReturnedDocx(new Uint8Array(50 * 1024 * 1024 + 1), lead));
    expect(huge.code).toBe('too-large');
    expect([huge.problem, huge.params]).toEqual(['too-large', { limit: 50 }]);
  });

  it('refuses a document part with an entity bomb or nesting too deep, without expanding it', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const bomb = await editPart(docx, 'word/document.xml', (xml) =>
      xml.replace(
        '<w:document',
        '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document',
      ),
    );
    const deep = await editPart(docx, 'word/document.xml', (xml) =>
      xml.replace(
        '<w:body>',
        `<w:body>${'<w:sdt><w:sdtContent>'.repeat(5_000)}${'</w:sdtContent></w:sdt>'.repeat(5_000)}`,
      ),
    );
    for (const file of [bomb, deep]) {
      const error = await refusal(readReturnedDocx(file, wordLead()));
      expect(error.message).toContain('This Word file is damaged or is not a Word document (.docx)');
      expect(error.problem).toBe('damaged');
    }
  });

  it('refuses a file whose contribution details were tampered with', async () => {
    const docx = await contributionDocx(wordCopy(), NOW);
    const edited = await editPart(docx, 'customXml/item1.xml', (xml) => xml.replace('ticket-word-1', 'bad id!'));
    const error = await refusal(readReturnedDocx(edited, wordLead()));
    expect(error.message).toContain('contribution details in this Word file are damaged');
    expect(error.problem).toBe('details-damaged');
  });
});
