// Bringing back a reviewed Word file (see ../bring-back.ts): the file opened within the import's
// limits, its markers read (the draft's id, the sections' bookmarks and exported texts; a file
// never exported for review is matched by the sections' heading lines), each section found
// (shared/word-file/section-cuts.ts) and read with the project's Word reader, its review placed
// on the draft's section (review-content.ts), and the threads and suggestion records added to
// the draft's review block. Untracked edits count only in a section that is as it was exported.
import { documentOutline } from '../../docx/outline';
import { defaultExportOptions } from '../../docx/options';
import { wordprocessingToIr, type WordParts } from '../../import/docx/wordprocessing';
import type { IrComment } from '../../import/ir';
import { paragraphMarksOf, paragraphsOf } from '../../import/ir';
import { WarningLog } from '../../import/warnings';
import type { Draft, Section } from '../../model/draft';
import { NORM_LETTERS } from '../../model/draft';
import { fieldTexts } from '../../model/field-texts';
import { draftSchema } from '../../model/schema';
import { NS } from '../../ooxml/names';
import { partText, textOf, type OpcPackage } from '../../ooxml/package';
import { resolveTarget } from '../../ooxml/relationships';
import { bookmarkNames } from '../../word-file/bookmarks';
import { checkedWordParts, openWordFile, type WordFileErrors } from '../../word-file/open';
import { findSections } from '../../word-file/section-cuts';
import { ReviewFileError, type ReviewBackEnv, type ReviewBackReport, type ReviewBackSection } from './report';
import { commentIdsOf, forEachReviewNode } from '../content';
import { forEachParagraphMark } from '../paragraph-marks';
import { emptyReview, type ReviewComment, type ReviewSuggestion } from '../model';
import { reviewDraft } from '../review-draft';
import { readReviewMarkers, type ReviewMarkers } from './markers';
import type { ChangeAuthor } from './paragraph-changes';
import { writtenTexts } from './paragraphs';
import { commentOnFirstWords, proposedHeadingText } from './heading-comment';
import { reviewContent, type ReviewContext } from './review-content';
import { COMMENTS_EXTENDED, wordComments, type WordComment } from './word-comments';

const ERRORS: WordFileErrors = {
  tooLarge: () => new ReviewFileError('too-large'),
  damaged: (detail) => new ReviewFileError('damaged', detail),
};

const EMPTY_DOCUMENT = `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body/></w:document>`;

/** Word's dates are UTC; one written without a zone is read as UTC too. Invalid: `now`. */
function dateOf(date: string | undefined, now: number): number {
  if (!date) return now;
  const time = Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(date) ? date : `${date}Z`);
  return Number.isFinite(time) && time > 0 ? time : now;
}

/** Who saved the file last (docProps/core.xml), unless it is the draft's own submitter the export wrote there. */
function lastEditor(pkg: OpcPackage, draft: Draft): string | undefined {
  const core = partText(pkg, 'docProps/core.xml');
  const name = core && /<cp:lastModifiedBy[^>]*>([^<]*)<\/cp:lastModifiedBy>/.exec(core)?.[1]?.trim();
  if (!name || name === draft.fields.submitter.trim()) return undefined;
  return name
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function extendedPart(pkg: OpcPackage): string | undefined {
  for (const part of pkg.parts) {
    const related = part.relationships?.find((r) => r.type === COMMENTS_EXTENDED && !r.external);
    if (!related) continue;
    const target = pkg.parts.find((p) => p.path === resolveTarget(part.path, related.target));
    if (target) return textOf(target);
  }
  return undefined;
}

/** The draft's sections as a file never exported for review shows them: by heading line, compared with today's text. */
function markersFromDraft(draft: Draft): Pick<ReviewMarkers, 'sections' | 'closing'> {
  const shown = reviewDraft(draft);
  const outline = documentOutline(shown, defaultExportOptions());
  const names = bookmarkNames(outline.sections.map(({ section }) => section.id));
  const fields = fieldTexts(draft);
  const sections = outline.sections
    .map(({ section, heading }, index) => ({
      id: section.id,
      bookmark: names[index]!,
      heading: heading?.text.trim() ?? '',
      paragraphs: writtenTexts(section.content, fields),
    }))
    .filter((marker) => marker.heading !== '');
  return { sections, closing: outline.closing.map((line) => line.text.trim()) };
}

/** Where each comment's range starts and ends in the file, as one key: comments on the same words share it. */
function rangeKeys(readings: ReadonlyArray<{ paragraphs: ReturnType<typeof paragraphsOf> }>): Map<string, string> {
  const starts = new Map<string, string>();
  const keys = new Map<string, string>();
  readings.forEach(({ paragraphs }, s) =>
    paragraphs.forEach((inlines, p) => {
      let offset = 0;
      for (const inline of inlines) {
        if (inline.kind === 'comment-start') starts.set(inline.id, `${s}:${p}:${offset}`);
        else if (inline.kind === 'comment-end')
          keys.set(inline.id, `${starts.get(inline.id) ?? ''}-${s}:${p}:${offset}`);
        else if (inline.kind === 'text') offset += inline.text.length;
        else if (inline.kind === 'deletion') offset += inline.text.length;
        else offset += 1;
      }
    }),
  );
  return keys;
}

const wordsKey = (entry: { author: string; text: string }) => `${entry.author}\u0000${entry.text.trim()}`;
const sameWords = (a: { author: string; text: string }, b: { author: string; text: string }) =>
  wordsKey(a) === wordsKey(b);

export async function readReviewedFile(
  draft: Draft,
  bytes: Uint8Array,
  env: ReviewBackEnv,
): Promise<{ draft: Draft; report: ReviewBackReport }> {
  const pkg = await openWordFile(bytes, ERRORS);
  let markers;
  try {
    markers = readReviewMarkers(pkg);
  } catch (error) {
    throw new ReviewFileError('damaged', error instanceof Error ? error.message : String(error));
  }
  if (markers && markers.draftId !== draft.id)
    throw new ReviewFileError('not-this-draft', `exported from ${markers.draftId}`);
  const extendedXml = extendedPart(pkg);
  const parts: WordParts = checkedWordParts(pkg, ERRORS, [extendedXml]);

  const inDraft = new Map(draft.sections.map((section) => [section.id, section]));
  const { sections: markedSections, closing } = markers ?? markersFromDraft(draft);
  const marks = markedSections.filter((marker) => inDraft.has(marker.id));
  let found;
  try {
    // The closing date line ends the last section.
    const ends = new Set(closing.filter((line) => line !== ''));
    found = findSections(parts.document, marks, { bars: ends, markOnOwnParagraph: false });
  } catch (error) {
    throw new ReviewFileError('damaged', error instanceof Error ? error.message : String(error));
  }
  const readings = found.flatMap((cut) => {
    if (!cut) return [];
    const ir = wordprocessingToIr({ ...parts, document: cut.document }, new WarningLog());
    return [
      {
        marker: cut.marker,
        ir,
        paragraphs: paragraphsOf(ir.blocks),
        marks: paragraphMarksOf(ir.blocks),
        headingChange: cut.headingChange,
      },
    ];
  });
  if (readings.length === 0) throw new ReviewFileError('not-this-draft', 'no section of the draft found');

  const log = new WarningLog();
  const fileComments: ReadonlyMap<string, IrComment> =
    wordprocessingToIr({ ...parts, document: EMPTY_DOCUMENT }, log).comments ?? new Map();
  const comments = wordComments(fileComments, parts.comments, extendedXml, rangeKeys(readings));
  const byWordId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: WordComment): WordComment => {
    let at = comment;
    for (let hops = 0; at.parent !== undefined && hops < 100; hops++) at = byWordId.get(at.parent) ?? at;
    return at;
  };

  // The threads: new ones for comments not yet in the draft; replies to threads new or known.
  const review = draft.review ?? emptyReview();
  const threads = review.comments.map((thread) => ({ ...thread, replies: [...thread.replies] }));
  // A comment the export wrote (a thread or a reply of the draft) comes back as the same words by the same author.
  const knownWords = new Map<string, ReviewComment>();
  for (const thread of threads)
    for (const entry of [thread, ...thread.replies])
      if (!knownWords.has(wordsKey(entry))) knownWords.set(wordsKey(entry), thread);
  const newThreads = new Map<string, ReviewComment>();
  const threadOfWordId = new Map<string, ReviewComment>();
  for (const comment of comments) {
    if (comment.parent !== undefined) continue;
    const known = knownWords.get(wordsKey(comment));
    if (known) threadOfWordId.set(comment.id, known);
    else {
      const thread: ReviewComment = {
        id: env.newId(),
        author: comment.author,
        at: dateOf(comment.date, env.now),
        text: comment.text,
        replies: [],
        resolved: comment.done ? { by: comment.author, at: dateOf(comment.date, env.now) } : null,
      };
      newThreads.set(comment.id, thread);
      threadOfWordId.set(comment.id, thread);
    }
  }
  const placed = new Set<string>();
  const suggestions: ReviewSuggestion[] = [];
  const untrackedAuthor = lastEditor(pkg, draft) ?? env.unknownReviewer ?? 'Reviewer';
  const fields = fieldTexts(draft);
  const ctx: ReviewContext = {
    fields,
    footnotes: new Map(),
    suggestion: (by: ChangeAuthor) => {
      const author = by === null ? untrackedAuthor : by.author?.trim() || untrackedAuthor;
      const id = env.newId();
      suggestions.push({ id, author, at: by === null ? env.now : dateOf(by.date, env.now) });
      return id;
    },
    thread: (wordId) => newThreads.get(wordId)?.id ?? null,
    placed: (wordId) => placed.add(wordId),
    unplaced: 0,
  };

  const reviewed = new Map<string, Section>();
  for (const reading of readings) {
    const section = inDraft.get(reading.marker.id)!;
    ctx.footnotes = reading.ir.footnotes;
    const today = writtenTexts(section.content, fields);
    // Edits without tracking are found against the exported text: only where the section still reads so.
    const asExported = today.join('\n') === reading.marker.paragraphs.join('\n');
    const content = reviewContent(section.content, reading.paragraphs, ctx, asExported, reading.marks);
    if (content !== section.content) reviewed.set(section.id, { ...section, content });
  }

  // A heading changed with tracking: a comment on its section, unless the draft has it already.
  const headingThreads: ReviewComment[] = [];
  for (const { marker, headingChange } of readings) {
    if (!headingChange) continue;
    const author = headingChange.author?.trim() || untrackedAuthor;
    const text = proposedHeadingText(headingChange.proposed);
    if (knownWords.has(wordsKey({ author, text }))) continue;
    const section = reviewed.get(marker.id) ?? inDraft.get(marker.id)!;
    const thread: ReviewComment = {
      id: env.newId(),
      author,
      at: dateOf(headingChange.date, env.now),
      text,
      replies: [],
      resolved: null,
      sectionId: section.id,
    };
    const content = commentOnFirstWords(section.content, thread.id, fields);
    if (!content) {
      ctx.unplaced++;
      continue;
    }
    reviewed.set(section.id, { ...section, content });
    headingThreads.push(thread);
  }

  // Replies go to their thread when it is placed or already in the draft.
  const newReplies = new Map<string, string[]>();
  for (const comment of comments) {
    if (comment.parent === undefined) continue;
    const root = rootOf(comment);
    const thread = threadOfWordId.get(root.id);
    const usable = thread && (!newThreads.has(root.id) || placed.has(root.id));
    if (!thread || !usable) {
      ctx.unplaced++;
      continue;
    }
    if (thread.replies.some((reply) => sameWords(reply, comment))) continue;
    thread.replies.push({
      id: env.newId(),
      author: comment.author,
      at: dateOf(comment.date, env.now),
      text: comment.text,
    });
    newReplies.set(thread.id, [...(newReplies.get(thread.id) ?? []), comment.author]);
  }
  for (const [wordId] of newThreads) if (!placed.has(wordId)) ctx.unplaced++;

  const sections = draft.sections.map((section) => reviewed.get(section.id) ?? section);
  const inText = new Set<string>();
  for (const section of sections) {
    forEachReviewNode(section.content, (node) => {
      if (node.type === 'suggestion') inText.add(node.suggestionId);
    });
    forEachParagraphMark(section.content, (_kind, id) => inText.add(id));
  }
  // New threads in reading order (where their words are), whatever the order of the comments part.
  const placedThreads = [...placed].map((wordId) => newThreads.get(wordId)!);
  const next: Draft = {
    ...draft,
    sections,
    review: {
      comments: [...threads, ...headingThreads, ...placedThreads],
      suggestions: [...review.suggestions, ...suggestions.filter((s) => inText.has(s.id))],
    },
  };
  const checked = draftSchema.safeParse(next);
  if (!checked.success)
    throw new ReviewFileError(
      'too-large',
      `the review goes beyond what a draft holds: ${checked.error.issues[0]?.path.join('.')}`,
    );

  const newSuggestions = new Map(suggestions.map((s) => [s.id, s.author]));
  const newThreadIds = new Map([...headingThreads, ...placedThreads].map((t) => [t.id, t.author]));
  const reportSections: ReviewBackSection[] = readings.map(({ marker }) => {
    const section = reviewed.get(marker.id) ?? inDraft.get(marker.id)!;
    const s = new Set<string>();
    const c = new Set<string>();
    // Who suggested or commented here, in reading order: what was added, not what the draft had.
    const authors: string[] = [];
    const add = (...names: string[]) => names.forEach((name) => authors.includes(name) || authors.push(name));
    const suggested = (id: string) => {
      const by = newSuggestions.get(id);
      if (by === undefined) return;
      s.add(id);
      add(by);
    };
    forEachReviewNode(section.content, (node) => {
      if (node.type === 'suggestion') suggested(node.suggestionId);
      if (node.type === 'comment-range')
        for (const id of commentIdsOf(node)) {
          const by = newThreadIds.get(id);
          if (by !== undefined) {
            c.add(id);
            add(by);
          }
          add(...(newReplies.get(id) ?? []));
        }
    });
    forEachParagraphMark(section.content, (_kind, id) => suggested(id));
    const letter = section.norm;
    return {
      id: section.id,
      norm: letter ? NORM_LETTERS.indexOf(letter) + 1 : null,
      suggestions: s.size,
      comments: c.size,
      authors,
    };
  });
  const report: ReviewBackReport = {
    sections: reportSections,
    suggestions: reportSections.reduce((n, s) => n + s.suggestions, 0),
    comments: reportSections.reduce((n, s) => n + s.comments, 0),
    unmatched: ctx.unplaced,
  };
  return { draft: next, report };
}
