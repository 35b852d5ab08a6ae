import { describe, expect, it } from 'vitest';
import { newEdition } from './new-edition';
import { changesSinceLastEdition } from './changes';
import { parseNormdraft, serializeNormdraft } from '../format/normdraft';
import { countFootnotes } from '../model/footnotes';
import { sectionPlainText } from '../model/text';
import { EXAMPLIA_CONTACTS, exampliaWithContacts } from '../../test/fixtures/contacts';
import { doc, para } from '../../test/fixtures/content';
import { sectionOf } from '../../test/fixtures/examplia';
import { draftUnderReview } from '../../test/fixtures/draft-under-review';

const NOW = Date.UTC(2026, 5, 1, 8);
const env = { now: NOW, newId: () => 'edition-2026' };

describe('a new edition from a submission', () => {
  it('carries the sections, their text and footnotes, the fields and the contacts into a new draft', () => {
    const previous = exampliaWithContacts();
    const next = newEdition(previous, env);
    expect(next.id).toBe('edition-2026');
    expect(next.templateId).toBe(previous.templateId);
    expect(next.language).toBe(previous.language);
    expect(next.sections.map((s) => [s.id, s.kind, s.norm, s.heading])).toEqual(
      previous.sections.map((s) => [s.id, s.kind, s.norm, s.heading]),
    );
    expect(next.sections.map((s) => s.content)).toEqual(previous.sections.map((s) => s.content));
    expect(next.sections.reduce((n, s) => n + countFootnotes(s.content), 0)).toBe(4);
    expect(next.fields).toEqual({ ...previous.fields, date: '2026-06-01' });
    expect(next.contacts).toEqual(EXAMPLIA_CONTACTS);
    expect(next.createdAt).toBe(NOW);
  });

  it('marks every section "to update" and links to the previous edition', () => {
    const previous = exampliaWithContacts();
    const next = newEdition(previous, env);
    expect(new Set(next.sections.map((s) => s.status))).toEqual(new Set(['update']));
    expect(next.edition).toMatchObject({
      previousId: previous.id,
      previousTitle: previous.fields.title,
      previousDate: '2025-09-05',
    });
    const g = sectionOf(previous, 'norm', 'g');
    expect(next.edition!.previousTexts.find((t) => t.sectionId === g.id)!.text).toBe(sectionPlainText(g.content));
  });

  it('is saved and opened again with its link, and is a copy: changing it leaves the previous draft alone', () => {
    const previous = exampliaWithContacts();
    const before = JSON.stringify(previous);
    const next = newEdition(previous, env);
    next.sections[0]!.content.root.children.length = 0;
    next.contacts![0]!.name = 'Someone else';
    expect(JSON.stringify(previous)).toBe(before);
    const reopened = parseNormdraft(serializeNormdraft(next));
    expect(reopened.edition).toEqual(next.edition);
    expect(reopened.sections.every((s) => s.status === 'update')).toBe(true);
  });

  it('leaves review data with the previous draft and starts from the text as submitted', () => {
    const next = newEdition(draftUnderReview(), env);
    for (const key of ['review', 'collaboration', 'contribution', 'clearance']) expect(key in next).toBe(false);
    expect(JSON.stringify(next)).not.toMatch(/"suggestion"|"comment-range"/);
  });
});

describe('changes since the last edition', () => {
  it('lists exactly the words removed and added per section, and nothing for unchanged sections', () => {
    const next = newEdition(exampliaWithContacts(), env);
    expect(changesSinceLastEdition(next)).toEqual([]);
    const a = sectionOf(next, 'norm', 'a');
    a.content = doc(
      para(
        'Examplia hosts a yearly regional dialogue on ICT security; the 2025 edition brought together officials from twelve States.',
      ),
    );
    const k = sectionOf(next, 'norm', 'k');
    k.content = doc(para('Examplia joined the regional incident response network.'));
    const changes = changesSinceLastEdition(next)!;
    expect(changes.map((c) => c.section.id)).toEqual([a.id, k.id]);
    // The footnote of norm (a) was removed with the new text.
    expect(changes[0]!.changes).toEqual([
      { kind: 'removed', text: '2024' },
      { kind: 'added', text: '2025' },
      { kind: 'removed', text: 'nine' },
      { kind: 'added', text: 'twelve' },
      {
        kind: 'removed',
        text: 'Examplian Cyber Dialogue, summary report 2024, https://dialogue.examplia.example/2024',
      },
    ]);
    expect(changes[1]!.changes).toEqual([
      { kind: 'added', text: 'Examplia joined the regional incident response network.' },
    ]);
  });

  it('has nothing to list for a draft that is not an edition', () => {
    expect(changesSinceLastEdition(exampliaWithContacts())).toBeNull();
  });
});
