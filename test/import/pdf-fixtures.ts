// Long invented submissions for the PDF import tests and benchmark: the Republic of Examplia's
// non-paper and the Examplia Digital Rights Forum's contribution, every norm written, two
// footnotes per norm (so most pages carry some), a bold run-in sub-heading, a bullet list and a
// link in the text. The prose is made from fixed word lists with a seeded generator, so the
// documents are the same on every run.
import nationalRaw from '../../templates/national-non-paper.template.json';
import stakeholderRaw from '../../templates/stakeholder-contribution.template.json';
import { NORM_LETTERS, type Draft, type NormLetter } from '../../shared/model/draft';
import type { SerializedNode } from '../../shared/model/lexical-json';
import { createDraft } from '../../shared/templates/create-draft';
import { parseTemplate } from '../../shared/templates/schema';
import { EXAMPLIA, EXAMPLIA_NGO, FIXED_TIME, sectionOf } from '../fixtures/examplia';
import { bold, bullets, doc, link, note, para, type Inline } from '../fixtures/content';

const SUBJECTS = [
  'The national CERT',
  'The Ministry of Foreign Affairs',
  'Examplia',
  'The cyber security agency',
  'The regulator for electronic communications',
  'A working group of ministries and operators',
  'The national police',
  'Our delegation',
];
const VERBS = [
  'published',
  'reviewed',
  'strengthened',
  'coordinated',
  'financed',
  'evaluated',
  'extended',
  'presented',
];
const OBJECTS = [
  'a policy on coordinated vulnerability disclosure',
  'guidance for operators of essential services',
  'regional exercises with neighbouring States',
  'training for diplomats on international law in cyberspace',
  'a national plan for incident response',
  'agreements on the exchange of technical information',
  'support for small and medium-sized enterprises',
  'a public register of notified incidents',
];
const ENDINGS = [
  'in close cooperation with the private sector',
  'after a public consultation that lasted three months',
  'with the support of regional partners',
  'as announced in the previous report',
  'under the supervision of parliament',
  'within the budget adopted for the year',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A sentence of invented prose. */
function sentence(random: () => number, year: number): string {
  return `In ${year}, ${pick(random, SUBJECTS).replace(/^The/, 'the')} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, ENDINGS)}.`;
}

function prose(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => sentence(random, 2018 + ((i * 3) % 8))).join(' ');
}

function citation(author: string, letter: NormLetter, n: number): Inline[] {
  const url = `https://${author === EXAMPLIA ? 'mfa.examplia.example' : 'edrf.example'}/norm-${letter}/source-${n}`;
  return [
    `${author === EXAMPLIA ? 'Government of Examplia' : 'Forum'} report on norm ${letter.toUpperCase()}, part ${n}, `,
    link(url),
  ];
}

function normContent(author: string, letter: NormLetter, random: () => number, scale: number): SerializedNode[] {
  const blocks: SerializedNode[] = [];
  const paragraphs = 3 * scale;
  for (let i = 0; i < paragraphs; i++) {
    const text = prose(random, 3 + Math.floor(random() * 3));
    const children: Inline[] = [text];
    if (i < 2) children.push(note(...citation(author, letter, i + 1)));
    if (i === 1) children.push(` ${prose(random, 1)}`);
    blocks.push(para(...children));
  }
  if (letter === 'g') {
    blocks.splice(1, 0, para(bold('Regulatory framework: '), prose(random, 2)));
    blocks.push(bullets(['energy and water supply'], ['health and emergency services'], ['finance and payments']));
  }
  if (letter === 'j')
    blocks.push(
      para(
        'The disclosure policy is published at ',
        link('https://cert.examplia.example/disclosure'),
        ' in three languages.',
      ),
    );
  return blocks;
}

/** A long submission; `scale` multiplies the paragraphs per norm (1 gives about seven pages). */
export function longSubmission(kind: 'state' | 'ngo', scale = 1): Draft {
  let next = 0;
  const state = kind === 'state';
  const draft = createDraft(
    parseTemplate(state ? nationalRaw : stakeholderRaw),
    state
      ? {
          submitter: EXAMPLIA,
          forum: 'OEWG on ICTs, 2025 session',
          language: 'en',
          date: '2025-09-05',
          issuingBody: 'Ministry of Foreign Affairs of Examplia',
        }
      : {
          submitter: EXAMPLIA_NGO,
          forum: 'OEWG on ICTs, intersessional meeting with stakeholders, December 2025',
          language: 'en',
          date: '2025-11-20',
          government: 'the Government of the Republic of Examplia',
        },
    { now: FIXED_TIME, newId: () => `${kind}-${++next}` },
  );
  const random = seeded(state ? 17 : 29);
  const author = state ? EXAMPLIA : EXAMPLIA_NGO;
  sectionOf(draft, 'summary').content = doc(
    para(
      `${author} sets out what it has done on each of the eleven norms since its previous report. ${prose(random, 2)}`,
    ),
  );
  for (const letter of NORM_LETTERS)
    sectionOf(draft, 'norm', letter).content = doc(...normContent(author, letter, random, scale));
  return draft;
}
