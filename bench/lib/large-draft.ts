// A large, realistic draft for benchmarks: about 60,000 words across the summary, the approach
// and the 11 norms, 600 footnotes with URLs, 80 lists and sub-headings. Deterministic (seeded),
// and the same content as Markdown so pandoc can be measured on it side by side.
import type { Draft, NormLetter, Section } from '../../shared/model/draft';
import { NORM_LETTERS } from '../../shared/model/draft';
import type { SerializedEditorState, SerializedNode, SerializedText } from '../../shared/model/lexical-json';
import { normHeadingLine } from '../../shared/norms/official';

const VOCABULARY = (
  'the national cyber security centre coordinates incident response with sector regulators and ' +
  'publishes guidance for operators of essential services while the ministry reviews legislation on ' +
  'critical infrastructure protection capacity building regional cooperation points of contact ' +
  'confidence building measures vulnerability disclosure supply chain integrity human rights online ' +
  'privacy freedom of expression attribution international law due diligence emergency response teams'
).split(' ');

// The same kind of prose in Arabic, for the case of a right-to-left document.
const ARABIC_VOCABULARY = (
  'يتولى المركز الوطني للأمن السيبراني تنسيق الاستجابة للحوادث مع الجهات التنظيمية وينشر ' +
  'إرشادات لمشغلي الخدمات الأساسية بينما تراجع الوزارة التشريعات المتعلقة بحماية البنية التحتية ' +
  'الحيوية وبناء القدرات والتعاون الإقليمي ونقاط الاتصال وتدابير بناء الثقة والإفصاح عن الثغرات ' +
  'وسلامة سلسلة الإمداد وحقوق الإنسان على الإنترنت والخصوصية وحرية التعبير والقانون الدولي'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const text = (t: string, format = 0): SerializedText => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
});
const LTR = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 };
const RTL = { ...LTR, direction: 'rtl' as const };

export interface LargeDraft {
  draft: Draft;
  markdown: string;
  words: number;
  footnotes: number;
  lists: number;
}

export interface DraftShape {
  words?: number;
  footnotes?: number;
  lists?: number;
  /** Varies the text; the same seed always gives the same draft. */
  seed?: number;
  id?: string;
  title?: string;
  submitter?: string;
  /** A word mixed into the text (one in about 40 words), so that searches can find this draft. */
  topic?: string;
  /** 'ar' writes Arabic prose in a right-to-left document; English otherwise. */
  language?: 'en' | 'ar';
}

export function largeDraft(shape: DraftShape = {}): LargeDraft {
  const { words: targetWords = 60_000, footnotes: targetFootnotes = 600, lists: targetLists = 80, seed = 42 } = shape;
  const random = rng(seed);
  const arabic = shape.language === 'ar';
  const vocabulary = arabic ? ARABIC_VOCABULARY : VOCABULARY;
  const word = () =>
    shape.topic && random() < 0.025 ? shape.topic : vocabulary[Math.floor(random() * vocabulary.length)];
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const kinds: Array<{ kind: Section['kind']; norm: NormLetter | null; heading: string }> = [
    { kind: 'summary', norm: null, heading: 'Executive summary' },
    { kind: 'approach', norm: null, heading: 'Our approach' },
    ...NORM_LETTERS.map((letter) => ({ kind: 'norm' as const, norm: letter, heading: normHeadingLine(letter) })),
  ];
  const perSection = Math.ceil(targetWords / kinds.length);
  const footnotesPerSection = Math.ceil(targetFootnotes / kinds.length);
  const listsPerSection = Math.ceil(targetLists / kinds.length);
  let words = 0;
  let footnotes = 0;
  let lists = 0;
  const submitter = shape.submitter ?? 'Republic of Examplia';
  const md: string[] = [`# Non-paper of the ${submitter}`, ''];
  const notesMd: string[] = [];
  const element = arabic ? RTL : LTR;
  const paragraph = (children: SerializedNode[]): SerializedNode => ({ type: 'paragraph', children, ...element });
  const sections: Section[] = kinds.map((k, index) => {
    const children: SerializedNode[] = [];
    md.push(`## ${k.heading}`, '');
    let sectionWords = 0;
    let sectionNotes = 0;
    let sectionLists = 0;
    while (sectionWords < perSection) {
      const lead = arabic ? `عنوان فرعي ${children.length + 1}: ` : `Subheading ${children.length + 1}: `;
      const body = sentence(60);
      const runs: SerializedNode[] = [text(lead, 1), text(body)];
      let mdLine = `**${lead.trim()}** ${body}`;
      if (sectionNotes < footnotesPerSection && footnotes < targetFootnotes) {
        footnotes += 1;
        sectionNotes += 1;
        const url = `https://example.org/examplia/doc-${footnotes}`;
        const source = arabic ? `المصدر ${footnotes}: ` : `Source ${footnotes}: `;
        runs.push({
          type: 'footnote',
          version: 1,
          note: {
            root: {
              type: 'root',
              children: [paragraph([text(source), { type: 'link', url, children: [text(url)], ...LTR }])],
              ...element,
            },
          },
        });
        mdLine += `[^${footnotes}]`;
        notesMd.push(`[^${footnotes}]: Source ${footnotes}: <${url}>`);
      }
      children.push(paragraph(runs));
      md.push(mdLine, '');
      sectionWords += 62;
      if (sectionLists < listsPerSection && lists < targetLists && children.length % 3 === 0) {
        lists += 1;
        sectionLists += 1;
        const lettered = lists % 2 === 0;
        const items = Array.from({ length: 4 }, () => sentence(15));
        children.push({
          type: 'list',
          listType: 'number',
          start: 1,
          tag: 'ol',
          ...element,
          ...(lettered ? { $: { listStyle: 'lower-alpha' } } : {}),
          children: items.map((item, i) => ({ type: 'listitem', value: i + 1, ...element, children: [text(item)] })),
        } as SerializedNode);
        items.forEach((item, i) => md.push(`${lettered ? String.fromCharCode(97 + i) : i + 1}. ${item}`));
        md.push('');
        sectionWords += 60;
      }
    }
    words += sectionWords;
    const content: SerializedEditorState = { root: { type: 'root', children, ...element } };
    return { id: `s${index}`, kind: k.kind, norm: k.norm, heading: k.heading, status: 'drafting', content };
  });
  const draft: Draft = {
    id: shape.id ?? 'bench-large',
    templateId: 'national-non-paper',
    submitterKind: 'state',
    language: arabic ? 'ar' : 'en',
    fields: {
      title: shape.title ?? 'Non-paper on the implementation of the norms',
      submitter,
      issuingBody: 'Ministry of Foreign Affairs',
      forum: 'OEWG',
      date: '2026-11-25',
    },
    createdAt: 0,
    updatedAt: 0,
    sections,
  };
  return { draft, markdown: [...md, ...notesMd, ''].join('\n'), words, footnotes, lists };
}
