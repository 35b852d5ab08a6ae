import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import { parseNormdraft, serializeNormdraft } from '../format/normdraft';
import { loadTemplates } from '../templates/schema';
import { importDocument, ImportError } from './index';

const templates = loadTemplates([nationalNonPaper, stakeholder, normsOnly]);
const encode = (text: string) => new TextEncoder().encode(text);

function options(extra: Partial<Parameters<typeof importDocument>[1]> = {}) {
  let next = 0;
  return { templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}`, ...extra };
}

const SMALL = [
  '# Contribution of the Examplia Digital Rights Forum on the norms',
  '',
  'This contribution is submitted by the Examplia Digital Rights Forum in its own name and does not represent the views of any government.',
  '',
  '## Executive Summary',
  '',
  'Civil society work on two norms.[^1]',
  '',
  '## 13(c) Territory',
  '',
  'Hosting companies apply a code.[^2]',
  '',
  '## Annex: members',
  '',
  'A list of members.',
  '',
  '[^1]: Summary source, <https://example.org/1>.',
  '[^2]: Code, <https://example.org/2>.',
  '[^3]: A note nothing refers to.',
].join('\n');

describe('importDocument', () => {
  it('places what it recognises, reports the rest, and produces a valid draft', async () => {
    const { draft, report } = await importDocument({ name: 'edrf.md', bytes: encode(SMALL) }, options());
    expect(report).toMatchObject({
      format: 'markdown',
      templateId: 'stakeholder-contribution',
      templateDetected: true,
      submitterKind: 'stakeholder',
      submitterFound: true,
      normsFound: ['c'],
      footnotesKept: 2,
    });
    expect(report.normsMissing).toHaveLength(10);
    expect(report.unplaced.map((u) => u.reason)).toEqual(['unreferenced-footnote']);
    expect(report.warnings).toEqual([
      { code: 'heading-own-section', params: { heading: 'Annex: members' } },
      { code: 'footnote-unreferenced', params: { marker: '3' } },
    ]);
    // The annex is a section of its own, after the norm before it.
    const annex = draft.sections.findIndex((s) => s.heading === 'Annex: members');
    expect(draft.sections[annex]).toMatchObject({ kind: 'other' });
    expect(draft.sections[annex - 1]).toMatchObject({ kind: 'norm', norm: 'c' });
    const unplaced = draft.sections.find((s) => s.id === report.unplacedSectionId)!;
    expect(unplaced).toMatchObject({ kind: 'other', heading: 'Unplaced content' });
    expect(draft.fields.submitter).toBe('Examplia Digital Rights Forum');
    expect(parseNormdraft(serializeNormdraft(draft))).toEqual(draft);
  });

  it('uses the template the caller names', async () => {
    const { draft, report } = await importDocument(
      { name: 'edrf.md', bytes: encode(SMALL) },
      options({ templateId: 'norms-only' }),
    );
    expect(report).toMatchObject({ templateId: 'norms-only', templateDetected: false });
    expect(draft.templateId).toBe('norms-only');
    // No summary section in that template: the summary is a section of its own, never dropped.
    expect(draft.sections.find((s) => s.heading === 'Executive Summary')).toMatchObject({ kind: 'other' });
    expect(report.warnings).toContainEqual({ code: 'heading-own-section', params: { heading: 'Executive Summary' } });
  });

  it('reports progress up to 1 and stops with "cancelled" when asked', async () => {
    const seen: number[] = [];
    await importDocument({ name: 'a.md', bytes: encode(SMALL) }, options({ onProgress: (f) => seen.push(f) }));
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const controller = { aborted: false };
    const cancelled = importDocument(
      { name: 'a.md', bytes: encode(SMALL) },
      options({ signal: controller, onProgress: (f) => (controller.aborted = f > 0.5) }),
    );
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('refuses an unknown template, an empty file and a file with no text', async () => {
    await expect(
      importDocument({ name: 'a.md', bytes: encode(SMALL) }, options({ templateId: 'nope' })),
    ).rejects.toMatchObject({ code: 'unknown-template', message: 'There is no template with the id “nope”.' });
    await expect(importDocument({ name: 'a.txt', bytes: new Uint8Array(0) }, options())).rejects.toBeInstanceOf(
      ImportError,
    );
    await expect(importDocument({ name: 'a.txt', bytes: encode('\n\n   \n') }, options())).rejects.toMatchObject({
      code: 'empty',
    });
  });

  it('imports plain text notes with norm lines and footnotes onto the State template', async () => {
    const text = [
      'Ministry of Foreign Affairs',
      '',
      'Non-paper on the implementation of the norms',
      '',
      'Republic of Examplia, May 2026',
      '',
      'Norm 3 (UNGGE 2015 report, paragraph 13c) – States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
      '',
      'The Cybercrime Act applies.³',
      '',
      '13(g) Critical infrastructure',
      '',
      'Operators must report incidents.⁴',
      '',
      '³ https://laws.example.org/cybercrime',
      '⁴ https://laws.example.org/critical-services',
    ].join('\n');
    const { draft, report } = await importDocument({ name: 'notes.txt', bytes: encode(text) }, options());
    expect(report).toMatchObject({
      format: 'text',
      templateId: 'national-non-paper',
      normsFound: ['c', 'g'],
      footnotesKept: 2,
      unplaced: [],
    });
    expect(draft.fields).toMatchObject({
      submitter: 'Republic of Examplia',
      issuingBody: 'Ministry of Foreign Affairs',
      date: '2026-05-01',
    });
  });
});
