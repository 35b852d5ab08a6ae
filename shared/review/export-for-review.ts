// The Word file sent out for review: the draft's comments as Word comments anchored on their
// words (replies as further comments on the same words) and its suggestions as tracked changes
// (w:ins, w:del with w:author and w:date), so Word and LibreOffice show them as their own, and
// what bringing the reviewed file back needs to match it to the draft (section bookmarks, the
// draft's id and the exported texts). The normal export (publicDraft) never holds any of it;
// this is the only other way out.
import type { ReviewMarkup } from '../docx/context';
import type { WordComment } from '../docx/comments';
import { exportDocx, type BodyLayout } from '../docx/export-docx';
import type { DocxExportEnv, DocxExportOptions } from '../docx/options';
import { documentOutline } from '../docx/outline';
import type { RelatedParts } from '../docx/package';
import { w3cdtf } from '../docx/metadata';
import type { Draft } from '../model/draft';
import { fieldTexts } from '../model/field-texts';
import { escapeXml } from '../ooxml/xml/escape';
import { appendToParagraph, bookmarkNames, prependToParagraph } from '../word-file/bookmarks';
import { markerParts, type ReviewSectionMarker } from './bring-back/markers';
import { writtenTexts } from './bring-back/paragraphs';
import type { Review } from './model';
import { reviewDraft, type ReviewDraft } from './review-draft';

/** A comment's paragraph id, as Word writes them: 8 hex digits below 80000000, unique in the file. */
const paraId = (index: number) => (0x10000000 + index).toString(16).toUpperCase();

const wordDate = (at: number) => w3cdtf(new Date(at));

/** Numbers every thread and reply as Word comments, then every tracked change after them. */
export function reviewMarkup(
  review: Review,
): ReviewMarkup & { comments(commentId: string): number[]; all(): WordComment[] } {
  const comments: WordComment[] = [];
  const byThread = new Map<string, number[]>();
  for (const thread of review.comments) {
    const ids: number[] = [];
    const parentParaId = paraId(comments.length);
    for (const entry of [thread, ...thread.replies]) {
      ids.push(comments.length);
      comments.push({
        id: comments.length,
        author: entry.author,
        date: wordDate(entry.at),
        text: entry.text,
        // Word shows the replies under their thread, and a resolved thread as done.
        paraId: paraId(comments.length),
        ...(entry === thread ? {} : { parentParaId }),
        done: thread.resolved !== null,
      });
    }
    byThread.set(thread.id, ids);
  }
  const suggestions = new Map(review.suggestions.map((suggestion) => [suggestion.id, suggestion]));
  const anchored = new Set<number>();
  let next = comments.length;
  return {
    change(suggestionId) {
      const suggestion = suggestions.get(suggestionId);
      // A suggestion without its record (the block lost it) still shows as a change, by nobody known.
      return { id: next++, author: suggestion?.author ?? '', date: wordDate(suggestion?.at ?? 0) };
    },
    comments(commentId) {
      const ids = byThread.get(commentId) ?? [];
      for (const id of ids) anchored.add(id);
      return ids;
    },
    /** The comments whose words were written: a thread whose words are gone is left out. */
    all: () => comments.filter((comment) => anchored.has(comment.id)),
  };
}

/**
 * A bookmark around each section (from its first paragraph, its heading, to its last) and the
 * markers' part: the draft's id and each section's exported paragraph texts, for bringing the
 * reviewed file back (bring-back/).
 */
function sectionMarkers(
  shown: ReviewDraft,
  options: DocxExportOptions,
  env: DocxExportEnv,
): { layout: BodyLayout; related: RelatedParts } {
  const outline = documentOutline(shown, options, env.officialTexts);
  const names = bookmarkNames(outline.sections.map(({ section }) => section.id));
  const fields = fieldTexts(shown);
  const markers = outline.sections.map(({ section, heading }, index): ReviewSectionMarker => ({
    id: section.id,
    bookmark: names[index]!,
    heading: heading?.text.trim() ?? '',
    paragraphs: writtenTexts(section.content, fields),
  }));
  const byId = new Map(markers.map((marker) => [marker.id, marker]));
  let bookmarkId = 0;
  const layout: BodyLayout = {
    top: () => [],
    section: ({ section }, paragraphs) => {
      const marker = byId.get(section.id);
      if (!marker || paragraphs.length === 0) return paragraphs;
      const id = ++bookmarkId;
      const body = [...paragraphs];
      body[0] = prependToParagraph(body[0]!, `<w:bookmarkStart w:id="${id}" w:name="${escapeXml(marker.bookmark)}"/>`);
      body[body.length - 1] = appendToParagraph(body[body.length - 1]!, `<w:bookmarkEnd w:id="${id}"/>`);
      return body;
    },
    closing: true,
  };
  const closing = outline.closing.map((line) => line.text.trim()).filter((text) => text !== '');
  return { layout, related: markerParts(shown.id, markers, closing) };
}

/** The .docx for review of a draft (its own input: the whole draft, not the public projection). */
export async function exportForReview(
  draft: Draft,
  options: DocxExportOptions,
  env: DocxExportEnv,
): Promise<Uint8Array> {
  const shown = reviewDraft(draft);
  return exportDocx(shown, options, env, {
    review: reviewMarkup(shown.review),
    ...sectionMarkers(shown, options, env),
  });
}
