import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../shared/import';
import { NORM_LETTERS } from '../../../shared/model/draft';
import { draftSchema } from '../../../shared/model/schema';
import { sectionPlainText } from '../../../shared/model/text';
import { TEMPLATES } from '../templates/registry';
import { moveTargets, moveUnplacedBlock, type ImportOutcome } from './move-block';

// On the norms-only template, what stands before the first norm has no place.
const markdown = [
  '# Examplia and the eleven norms',
  '',
  'The Examplia Cyber Act 2024, with a source.[^1]',
  '',
  '- Data Protection Act 2021',
  '- Critical Infrastructure Order 2023',
  '',
  ...NORM_LETTERS.flatMap((letter) => [`## 13(${letter})`, '', `Examplia text for norm ${letter}.`, '']),
  '[^1]: Official gazette, https://example.org/gazette',
].join('\n');

async function imported(): Promise<ImportOutcome> {
  let n = 0;
  return importDocument(
    { name: 'examplia.md', bytes: new TextEncoder().encode(markdown) },
    { templates: [...TEMPLATES], templateId: 'norms-only', now: 0, newId: () => `id${(n += 1)}` },
  );
}

const text = (outcome: ImportOutcome, id: string) =>
  sectionPlainText(outcome.draft.sections.find((s) => s.id === id)!.content);

describe('moveUnplacedBlock', () => {
  it('moves a block with its footnote to the end of the chosen section, and lists the rest', async () => {
    const before = await imported();
    const position = before.report.unplaced.findIndex((u) => u.preview.startsWith('The Examplia Cyber Act'));
    expect(position).toBeGreaterThanOrEqual(0);
    const norm = before.draft.sections.find((s) => s.norm === 'c')!;
    const after = moveUnplacedBlock(before, position, norm.id);
    expect(text(after, norm.id)).toContain('Examplia text for norm c.\nThe Examplia Cyber Act 2024, with a source.');
    expect(text(after, norm.id)).toContain('Official gazette');
    expect(after.report.unplaced).toHaveLength(before.report.unplaced.length - 1);
    expect(text(after, after.report.unplacedSectionId!)).not.toContain('Cyber Act');
    expect(after.report.sections.find((s) => s.id === norm.id)?.footnotes).toBe(1);
    expect(draftSchema.safeParse(after.draft).success).toBe(true);
  });

  it('moves a list (one block of several items) whole, and drops the Unplaced section once it is empty', async () => {
    let outcome = await imported();
    const summary = outcome.draft.sections.find((s) => s.norm === 'a')!;
    while (outcome.report.unplaced.length > 0) outcome = moveUnplacedBlock(outcome, 0, summary.id);
    expect(outcome.report.unplacedSectionId).toBeNull();
    expect(outcome.draft.sections.some((s) => s.kind === 'other')).toBe(false);
    const moved = text(outcome, summary.id);
    for (const line of [
      'Data Protection Act 2021',
      'Critical Infrastructure Order 2023',
      'The Examplia Cyber Act 2024',
    ])
      expect(moved).toContain(line);
    expect(draftSchema.safeParse(outcome.draft).success).toBe(true);
  });

  it('offers every section but the Unplaced one, and ignores an unknown block or section', async () => {
    const outcome = await imported();
    expect(moveTargets(outcome).map((s) => s.id)).not.toContain(outcome.report.unplacedSectionId);
    expect(moveUnplacedBlock(outcome, 99, outcome.draft.sections[1]!.id)).toBe(outcome);
    expect(moveUnplacedBlock(outcome, 0, 'nope')).toBe(outcome);
    expect(moveUnplacedBlock(outcome, 0, outcome.report.unplacedSectionId!)).toBe(outcome);
  });
});
