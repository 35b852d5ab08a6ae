// A section's comments and suggestions as the editor holds them now: the body and every footnote's
// text (a footnote not yet opened is read from its stored text, without building its editor).
// Used by the comments pane to list, count, select and remove, and to follow changes.
import { $getNodeByKey, $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { inlineText } from '../../../../shared/model/text';
import { commentIdsOf, forEachReviewNode } from '../../../../shared/review/content';
import { forEachParagraphMark } from '../../../../shared/review/paragraph-marks';
import { $isNoteHolder } from '../footnote/note-holder';
import type { FootnoteRegistry } from '../footnote/registry';
import { $anchoredComments, $removeCommentMarks, $selectComment, type AnchoredComment } from './comment-commands';
import { CommentRangeNode, $isCommentRangeNode } from './comment-range-node';
import { $isSuggestionNode, SuggestionNode } from './suggestion-node';
import { $breakMarks, $isTextBlock, watchBreakSuggestions } from './break-marks';
import { $eachNode } from '../each-node';

export interface SectionComment extends AnchoredComment {
  /** The footnote whose text holds it (its node key), or null in the body. */
  note: NodeKey | null;
}

export interface SectionReview {
  /** Body first, then footnotes in order, each in text order. */
  comments: SectionComment[];
  /** Distinct suggestions pending in the section. */
  suggestions: number;
}

function storedReview(content: SerializedEditorState, suggestions: Set<string>): AnchoredComment[] {
  const quotes = new Map<string, string[]>();
  forEachReviewNode(content, (node) => {
    if (node.type === 'suggestion') return void suggestions.add(node.suggestionId);
    for (const id of commentIdsOf(node)) quotes.set(id, [...(quotes.get(id) ?? []), inlineText(node.children)]);
  });
  forEachParagraphMark(content, (_kind, id) => suggestions.add(id));
  return [...quotes].map(([id, parts]) => ({ id, quote: parts.join(' … ') }));
}

function $suggestionIds(into: Set<string>): void {
  $eachNode($getRoot(), (node) => {
    if ($isSuggestionNode(node)) into.add(node.getSuggestionId());
    else if ($isTextBlock(node)) for (const id of Object.values($breakMarks(node))) if (id !== '') into.add(id);
  });
}

export function readSectionReview(editor: LexicalEditor, registry: FootnoteRegistry): SectionReview {
  const suggestions = new Set<string>();
  const comments: SectionComment[] = editor.getEditorState().read(() => {
    $suggestionIds(suggestions);
    return $anchoredComments().map((comment) => ({ ...comment, note: null }));
  });
  for (const { key, note } of registry.getEntries()) {
    const built = note.built();
    const found = built
      ? built.getEditorState().read(() => {
          $suggestionIds(suggestions);
          return $anchoredComments();
        })
      : storedReview(note.toJSON() as unknown as SerializedEditorState, suggestions);
    comments.push(...found.map((comment) => ({ ...comment, note: key })));
  }
  return { comments, suggestions: suggestions.size };
}

/** Selects the words of comment `id` in the body or the footnote holding them; false when none does. */
export function selectSectionComment(editor: LexicalEditor, registry: FootnoteRegistry, id: string): boolean {
  const where = readSectionReview(editor, registry).comments.find((comment) => comment.id === id);
  if (!where) return false;
  if (where.note === null) {
    editor.update(() => void $selectComment(id), { discrete: true });
    editor.focus();
    return true;
  }
  const note = registry.getEntries().find((entry) => entry.key === where.note)?.note;
  if (!note) return false;
  const noteEditor = note.get();
  noteEditor.update(() => void $selectComment(id), { discrete: true });
  registry.focusNote(where.note);
  return true;
}

/** Takes comment `id` off its words in the body and in footnote text (one undoable change of the section). */
export function removeSectionComment(editor: LexicalEditor, id: string): void {
  editor.update(
    () => {
      $removeCommentMarks(id);
      $eachNode($getRoot(), (node) => {
        if (!$isNoteHolder(node)) return;
        let held = false;
        forEachReviewNode(node.getNoteContent() as unknown as SerializedEditorState, (review) => {
          if (review.type === 'comment-range' && commentIdsOf(review).includes(id)) held = true;
        });
        if (!held) return;
        node.getNote().update(() => void $removeCommentMarks(id), { discrete: true });
        // The footnote's text changed: the section is saved with it.
        node.markDirty();
      });
    },
    { discrete: true },
  );
}

/**
 * Calls `onChange` after a change that may alter what readSectionReview returns: a comment
 * range or suggestion created, changed or removed, a suggested paragraph break added or decided, words typed inside a comment range, a
 * footnote added, removed or opened. Ordinary typing elsewhere costs one parent lookup.
 */
export function watchSectionReview(
  editor: LexicalEditor,
  registry: FootnoteRegistry,
  onChange: () => void,
): () => void {
  const stops = new Map<LexicalEditor, () => void>();
  const watch = (target: LexicalEditor) => {
    if (stops.has(target)) return;
    const mutated = () => onChange();
    // Suggested paragraph breaks: when how many blocks carry one changes.
    let breaks = -1;
    const offs = [
      target.registerMutationListener(CommentRangeNode, mutated, { skipInitialization: true }),
      target.registerMutationListener(SuggestionNode, mutated, { skipInitialization: true }),
      watchBreakSuggestions(target, (count) => {
        if (breaks >= 0 && count !== breaks) onChange();
        breaks = count;
      }),
      target.registerUpdateListener(({ dirtyLeaves, editorState }) => {
        if (dirtyLeaves.size === 0 || dirtyLeaves.size > 50) return;
        const inComment = editorState.read(() =>
          [...dirtyLeaves].some((key) => {
            const parent = $getNodeByKey(key)?.getParent();
            return $isCommentRangeNode(parent) || $isCommentRangeNode(parent?.getParent());
          }),
        );
        if (inComment) onChange();
      }),
    ];
    stops.set(target, () => offs.forEach((off) => off()));
  };
  watch(editor);
  // A footnote's editor is built when it is first opened: watched from then on.
  const followed = new Map<unknown, () => void>();
  const follow = () => {
    for (const { note } of registry.getEntries()) {
      const built = note.built();
      if (built) watch(built);
      else if (!followed.has(note)) followed.set(note, note.subscribe(changed));
    }
  };
  const changed = () => {
    follow();
    onChange();
  };
  follow();
  const offRegistry = registry.subscribe(changed);
  return () => {
    offRegistry();
    followed.forEach((off) => off());
    stops.forEach((off) => off());
  };
}
