// The library the browser cases run against: the large draft, the same in Arabic, and 998 others
// of a few thousand words, with varied titles, submitters and topics (so that a search finds some, not all).
import type { Draft } from '../../shared/model/draft';
import { withFields } from '../../shared/model/draft-fields';
import { largeDraft } from '../lib/large-draft';

export const LARGE_DRAFT_ID = 'bench-large';
/** The same size of draft in Arabic (a right-to-left document), for the typing case in Arabic. */
export const ARABIC_DRAFT_ID = 'bench-large-ar';
export const LIBRARY_SIZE = 1_000;

const SUBMITTERS = [
  'Republic of Examplia',
  'Kingdom of Samplestan',
  'Federal Republic of Testland',
  'Examplia Digital Rights Forum',
  'Sampleland Cyber Institute',
  'Union of Mockovia',
];
const FORUMS = ['OEWG', 'OEWG intersessional meeting', 'UN Programme of Action', 'Regional forum'];
/** Rare words, each in about one draft in forty: what a user would search the library for. */
export const TOPICS = [
  'ransomware',
  'quantum',
  'satellites',
  'elections',
  'healthcare',
  'telecommunications',
  'finance',
  'water',
  'aviation',
  'maritime',
  'schools',
  'hospitals',
  'railways',
  'pipelines',
  'energy',
  'cloud',
  'microchips',
  'undersea',
  'drones',
  'pensions',
  'taxation',
  'customs',
  'archives',
  'broadcasting',
  'postal',
  'weather',
  'ports',
  'grid',
  'nuclear',
  'vaccines',
  'identity',
  'payments',
  'courts',
  'police',
  'parliament',
  'census',
  'farming',
  'mining',
  'tourism',
  'sport',
];

export function libraryDraft(index: number): Draft {
  const topic = TOPICS[index % TOPICS.length]!;
  const submitter = SUBMITTERS[index % SUBMITTERS.length]!;
  const { draft } = largeDraft({
    words: 1_500 + (index % 7) * 500,
    footnotes: 8 + (index % 5) * 4,
    lists: 3,
    seed: 1_000 + index,
    id: `bench-${String(index).padStart(4, '0')}`,
    title: `Submission ${index + 1} on ${topic} and the norms`,
    submitter,
    topic,
  });
  const day = String(1 + (index % 28)).padStart(2, '0');
  return {
    ...withFields(draft, {
      forum: FORUMS[index % FORUMS.length]!,
      date: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${day}`,
    }),
    createdAt: index * 1000,
    updatedAt: index * 1000,
  };
}

export function theLargeDraft(): Draft {
  // The most recently edited, so it heads the library.
  return { ...largeDraft().draft, id: LARGE_DRAFT_ID, createdAt: LIBRARY_SIZE * 1000, updatedAt: LIBRARY_SIZE * 1000 };
}

export function theLargeArabicDraft(): Draft {
  const { draft } = largeDraft({ language: 'ar', seed: 43, title: 'ورقة غير رسمية بشأن تنفيذ القواعد' });
  // Second in the library, under the large draft.
  return { ...draft, id: ARABIC_DRAFT_ID, createdAt: LIBRARY_SIZE * 1000 - 1, updatedAt: LIBRARY_SIZE * 1000 - 1 };
}
