// Properties of the three-way merge over random sections of paragraphs with formatting, links and
// footnotes, bullets, lettered and nested lists, edited at random by contributors (seeded, so a
// failure repeats).
import { describe, expect, it } from 'vitest';
import { MARK_KEYS, stripMarks } from '../collab/marks';
import type { Draft } from '../model/draft';
import type { SerializedNode } from '../model/lexical-json';
import { LETTERED_LIST_STYLE, TEXT_FORMAT } from '../model/lexical-json';
import { paragraphNode, textNode } from '../model/empty';
import { link, note } from '../../test/fixtures/content';
import { CERT, JUSTICE, edited, leadDraft, mergeEnv, sendTo } from '../../test/fixtures/contributions';
import { acceptChanges, mergeContributions, rejectChanges } from './merge-draft';
import { contentOf, makeUnit, toUnits, type ListLevel, type MergeUnit } from './units';

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const level = (listType: 'bullet' | 'number', lettered = false): ListLevel => ({
  type: 'list',
  version: 1,
  listType,
  start: 1,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  direction: null,
  format: '',
  indent: 0,
  ...(lettered ? { $: { listStyle: LETTERED_LIST_STYLE } } : {}),
});
const BULLET = level('bullet');
const LETTER = level('number', true);

let serial = 0;
/** Inline content, each text unique so that edits are told apart exactly. */
function inline(next: () => number): SerializedNode[] {
  const words = `Text ${++serial} on norms`;
  const pick = next();
  if (pick < 0.2) return [textNode(`${words} `), textNode('in bold', TEXT_FORMAT.bold)];
  if (pick < 0.35) return [textNode(`${words} at `), link('https://example.org/n', 'the registry')];
  if (pick < 0.5) return [textNode(words), note('Decree ', link('https://example.org/d'), '.')];
  return [textNode(words)];
}

function item(children: SerializedNode[]): SerializedNode {
  return { type: 'listitem', version: 1, value: 1, direction: null, format: '', indent: 0, children };
}

function randomUnit(next: () => number, context: ListLevel[] | null): MergeUnit {
  if (context) return makeUnit(item(inline(next)), context);
  const pick = next();
  if (pick < 0.55) return makeUnit(paragraphNode(inline(next)), null);
  if (pick < 0.75) return makeUnit(item(inline(next)), [BULLET]);
  if (pick < 0.85) return makeUnit(item(inline(next)), [BULLET, BULLET]);
  return makeUnit(item(inline(next)), [LETTER]);
}

function randomSection(next: () => number): MergeUnit[] {
  const units: MergeUnit[] = [];
  const count = 3 + Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    let unit = randomUnit(next, null);
    // A nested bullet only under a bullet.
    if (unit.list?.length === 2 && units[units.length - 1]?.list?.[0] !== BULLET) unit = randomUnit(next, [BULLET]);
    units.push(unit);
  }
  return units;
}

/** The contributor's version: edits (reword, delete, insert before) on the base units whose index `mine` accepts. */
function randomEdits(next: () => number, base: MergeUnit[], mine: (index: number) => boolean): MergeUnit[] {
  const out: MergeUnit[] = [];
  base.forEach((unit, index) => {
    if (!mine(index) || next() < 0.4) return void out.push(unit);
    const pick = next();
    const context = unit.list && unit.list.length === 1 ? unit.list : null;
    if (pick < 0.4) out.push(randomUnit(next, unit.list));
    else if (pick < 0.6) return;
    else out.push(randomUnit(next, context), unit);
  });
  return out;
}

const SECTION = 'norm-g';
const sections = (draft: Draft) => draft.sections;
const plainSections = (draft: Draft) => draft.sections.map((s) => stripMarks(s.content));

function leadWith(units: MergeUnit[]): Draft {
  return edited(leadDraft(), SECTION, contentOf(units));
}

const RUNS = 60;

describe('three-way merge properties', () => {
  it('merging an unchanged contribution changes nothing; merging one twice equals merging it once', () => {
    const next = random(1);
    for (let run = 0; run < RUNS; run++) {
      const lead = leadWith(randomSection(next));
      const copy = sendTo(lead, CERT, [SECTION]);
      expect(mergeContributions(lead, [{ draft: copy, source: 'a' }], mergeEnv()).draft).toBe(lead);
      const returned = edited(
        copy,
        SECTION,
        contentOf(randomEdits(next, toUnits(lead.sections[1]!.content), () => true)),
      );
      const once = mergeContributions(lead, [{ draft: returned, source: 'a' }], mergeEnv()).draft;
      const twice = mergeContributions(once, [{ draft: returned, source: 'a' }], mergeEnv()).draft;
      expect(twice).toEqual(once);
    }
  });

  it('without conflicts, the order of contributions does not change the result, and every edit is in it', () => {
    const next = random(2);
    for (let run = 0; run < RUNS; run++) {
      const lead = leadWith(randomSection(next));
      const base = toUnits(lead.sections[1]!.content);
      const cert = randomEdits(next, base, (i) => i % 2 === 0);
      const justice = randomEdits(next, base, (i) => i % 2 === 1);
      const fromCert = edited(sendTo(lead, CERT, [SECTION]), SECTION, contentOf(cert));
      const fromJustice = edited(sendTo(lead, JUSTICE, [SECTION]), SECTION, contentOf(justice));
      const one = mergeContributions(
        lead,
        [fromCert, fromJustice].map((draft) => ({ draft, source: 'x' })),
        mergeEnv(),
      );
      const other = mergeContributions(
        lead,
        [fromJustice, fromCert].map((draft) => ({ draft, source: 'x' })),
        mergeEnv(),
      );
      expect(one.conflicts).toBe(0);
      expect(sections(other.draft)).toEqual(sections(one.draft));
      // Rejecting both contributions, one contributor at a time in either order, gives the lead's text back.
      for (const authors of [
        ['cert', 'justice'],
        ['justice', 'cert'],
      ]) {
        const back = authors.reduce((draft, author) => rejectChanges(draft, { author }).draft, one.draft);
        expect(plainSections(back)).toEqual(plainSections(lead));
      }
      // Every block either side added is there; every base block either side removed or reworded is gone.
      const keys = toUnits(one.draft.sections[1]!.content).map((u) => u.key);
      for (const unit of [...cert, ...justice])
        if (!base.some((b) => b.key === unit.key)) expect(keys).toContain(unit.key);
      for (const unit of base)
        if (!cert.some((u) => u.key === unit.key) || !justice.some((u) => u.key === unit.key))
          expect(keys).not.toContain(unit.key);
    }
  });

  it('rejecting everything gives back the lead’s text; accepting everything keeps the merged text without change marks', () => {
    const next = random(3);
    for (let run = 0; run < RUNS; run++) {
      const lead = leadWith(randomSection(next));
      const base = toUnits(lead.sections[1]!.content);
      const returned = edited(sendTo(lead, CERT, [SECTION]), SECTION, contentOf(randomEdits(next, base, () => true)));
      // The lead reworded a block since sending: it may conflict, and stays the lead's either way.
      const touched = Math.floor(next() * base.length);
      const leadNow = edited(lead, SECTION, contentOf(randomEdits(next, base, (i) => i === touched)));
      const merged = mergeContributions(leadNow, [{ draft: returned, source: 'a' }], mergeEnv()).draft;
      const rejected = rejectChanges(merged, {});
      expect(rejected.notReverted).toEqual([]);
      expect(plainSections(rejected.draft)).toEqual(plainSections(leadNow));
      const accepted = acceptChanges(merged, {});
      expect(plainSections(accepted)).toEqual(plainSections(merged));
      expect(JSON.stringify(accepted.sections)).not.toContain(MARK_KEYS.change);
    }
  });
});
