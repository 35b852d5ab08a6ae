// The comments of the section on screen, beside its text (below it where there is no room):
// threads in text order, then those whose words were deleted; a new comment on the words selected
// with "Comment" (Ctrl+Alt+M) in the body or a footnote. A thread's record is written first
// (repository.updateReview), then its words are marked in the editor, which the autosave saves
// with the text; deleting takes the marks off and saves the text before the record goes.
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { resolvedBy, reopened, updateReviewThread, withReply } from '../../../../shared/review/comments';
import type { Review, ReviewComment } from '../../../../shared/review/model';
import type { EditorHandle } from '../../editor';
import { ADD_COMMENT_COMMAND, $wrapSelectionInComment } from '../../editor/review/comment-commands';
import { removeSectionComment, selectSectionComment } from '../../editor/review/section-comments';
import { useServices } from '../../services/context';
import { newId } from '../../storage/new-id';
import { useNamePrompt } from '../use-name-prompt';
import { CommentThread, type ThreadPlace } from './CommentThread';
import type { LiveSectionReview } from './outline-counts';
import { ReviewerName } from './ReviewerName';
import { useCommentMarks, useSectionReview } from './use-section-comments';
import './comments.css';

interface CommentsPaneProps {
  draftId: string;
  sectionId: string;
  handle: EditorHandle | null;
  review: Review | undefined;
  readOnly: boolean;
  onReview(review: Review): void;
  /** The section's comments and suggestions as the editor holds them now (the outline's counts). */
  onLive(live: LiveSectionReview): void;
}

type NoticeKey = 'selectFirst' | 'empty' | 'wordsChanged' | 'saveFailed' | 'added' | 'deleted';

const noticeTexts = (t: TFunction<'draft'>): Record<NoticeKey, string> => ({
  selectFirst: t('comments.selectFirst'),
  empty: t('comments.empty'),
  wordsChanged: t('comments.wordsChanged'),
  saveFailed: t('comments.saveFailed'),
  added: t('comments.added'),
  deleted: t('comments.deleted'),
});

interface Pending {
  editor: LexicalEditor;
  selection: RangeSelection;
  quote: string;
}

// Memoised: the section view renders again a few times a second while typing; the pane's props do not change then.
export const CommentsPane = memo(function CommentsPane({
  draftId,
  sectionId,
  handle,
  review,
  readOnly,
  onReview,
  onLive,
}: CommentsPaneProps) {
  const { t } = useTranslation('draft');
  const { repository, autosaver } = useServices();
  const id = useId();
  const namePrompt = useNamePrompt();
  const anchored = useSectionReview(handle);
  const [pending, setPending] = useState<Pending | null>(null);
  const [text, setText] = useState('');
  // Keys of the texts, so that they follow a change of the UI language.
  const [problem, setProblem] = useState<NoticeKey | null>(null);
  const [notice, setNotice] = useState<NoticeKey | null>(null);
  const [active, setActive] = useState<string | null>(null);

  const threads = useMemo(() => new Map((review?.comments ?? []).map((thread) => [thread.id, thread])), [review]);
  const listed = useMemo(() => {
    const here = new Set(anchored.comments.map((comment) => comment.id));
    const rows: { thread: ReviewComment; place: ThreadPlace }[] = [];
    for (const comment of anchored.comments) {
      const thread = threads.get(comment.id);
      if (thread) rows.push({ thread, place: { quote: comment.quote, inNote: comment.note !== null } });
    }
    // Written here and no longer on any words of it (deleted, or the comment undone): kept, so
    // nothing typed in the thread is lost until the user deletes it.
    for (const thread of threads.values())
      if (thread.sectionId === sectionId && !here.has(thread.id))
        rows.push({ thread, place: { quote: null, inNote: false } });
    return rows;
  }, [anchored, threads, sectionId]);

  const openIds = listed
    .filter((row) => row.thread.resolved === null)
    .map((row) => row.thread.id)
    .join(' ');
  useEffect(() => {
    // Until the editor is built the outline keeps counting from the section's stored text.
    if (!handle) return;
    onLive({
      sectionId,
      comments: new Set(anchored.comments.map((comment) => comment.id)),
      suggestions: anchored.suggestions,
    });
  }, [handle, anchored, sectionId, onLive]);

  const activate = useCallback((threadId: string) => {
    setActive(threadId);
    document
      .querySelector(`.comments-pane [data-thread="${CSS.escape(threadId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, []);
  useCommentMarks(handle, openIds, active, activate);

  // "Comment" from the toolbar or Ctrl+Alt+M, in the body or in a footnote's text.
  useEffect(
    () =>
      handle?.editor.registerCommand(
        ADD_COMMENT_COMMAND,
        (_payload, from) => {
          if (readOnly) return true;
          const picked = from.getEditorState().read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
            const quote = selection.getTextContent();
            return quote.trim() === '' ? null : { selection: selection.clone(), quote };
          });
          setProblem(null);
          if (!picked) {
            setPending(null);
            setNotice('selectFirst');
            return true;
          }
          setNotice(null);
          setText('');
          setPending({ editor: from, ...picked });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [handle, readOnly, t],
  );

  const { withName } = namePrompt;

  const save = async (change: (review: Review) => Review): Promise<boolean> => {
    try {
      onReview(await repository.updateReview(draftId, change));
      return true;
    } catch {
      setNotice('saveFailed');
      return false;
    }
  };

  // The first comment of this installation asks the reviewer's name, then is added.
  const addComment = () => {
    if (!pending) return;
    if (text.trim() === '') return setProblem('empty');
    withName((author) => void addThread(pending, author));
  };

  const addThread = async ({ editor, selection, quote }: Pending, author: string) => {
    const still = editor.getEditorState().read(() => {
      try {
        return selection.getTextContent() === quote;
      } catch {
        return false;
      }
    });
    if (!still) {
      setPending(null);
      return setNotice('wordsChanged');
    }
    const thread: ReviewComment = {
      id: newId(),
      author,
      at: Date.now(),
      text: text.trim(),
      replies: [],
      resolved: null,
      sectionId,
    };
    if (!(await save((current) => ({ ...current, comments: [...current.comments, thread] })))) return;
    editor.update(
      () => {
        const words = selection.clone();
        $setSelection(words);
        $wrapSelectionInComment(words, thread.id);
      },
      { discrete: true },
    );
    setPending(null);
    setActive(thread.id);
    setNotice('added');
    editor.focus();
  };

  const onThread = (thread: ReviewComment) => ({
    onGoTo: () => {
      setActive(thread.id);
      if (handle) selectSectionComment(handle.editor, handle.registry, thread.id);
    },
    onReply: (replyText: string) =>
      new Promise<boolean>((resolve) =>
        withName((author) => {
          const reply = { id: newId(), author, at: Date.now(), text: replyText };
          void save((current) => updateReviewThread(current, thread.id, withReply(reply)) ?? current).then(resolve);
        }),
      ),
    onResolve: () =>
      withName(
        (author) =>
          void save((current) => updateReviewThread(current, thread.id, resolvedBy(author, Date.now())) ?? current),
      ),
    onReopen: () => void save((current) => updateReviewThread(current, thread.id, reopened) ?? current),
    onDelete: () => void deleteThread(thread.id),
  });

  const deleteThread = async (threadId: string) => {
    // The text loses the marks and is saved first: stored text never names a missing thread.
    if (handle) removeSectionComment(handle.editor, threadId);
    await autosaver.flush();
    if (await save((stored) => ({ ...stored, comments: stored.comments.filter((other) => other.id !== threadId) })))
      setNotice('deleted');
    handle?.editor.focus();
  };

  if (listed.length === 0 && !pending && !notice) return namePrompt.dialog;
  return (
    <aside className="comments-pane" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="comments-heading">
        {t('comments.heading')}
      </h3>
      <ReviewerName onChange={namePrompt.change} />
      {namePrompt.dialog}
      <p className="comments-notice" role="status">
        {notice && noticeTexts(t)[notice]}
      </p>
      {pending && (
        <form
          className="comment-new"
          aria-labelledby={`${id}-new`}
          onSubmit={(event) => {
            event.preventDefault();
            addComment();
          }}
        >
          <h4 id={`${id}-new`}>{t('comments.newHeading')}</h4>
          <p className="comment-on">{t('comments.newOn', { quote: '\u2068' + pending.quote + '\u2069' })}</p>
          <label htmlFor={`${id}-text`}>{t('comments.textLabel')}</label>
          <textarea
            id={`${id}-text`}
            value={text}
            rows={3}
            autoFocus
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                addComment();
              } else if (event.key === 'Escape') {
                setPending(null);
                pending.editor.focus();
              }
            }}
          />
          {problem && (
            <p id={`${id}-problem`} className="form-error" role="alert">
              {noticeTexts(t)[problem]}
            </p>
          )}
          <div className="comments-actions">
            <button type="submit" className="button button-primary button-small">
              {t('comments.add')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setPending(null);
                pending.editor.focus();
              }}
            >
              {t('comments.cancel')}
            </button>
          </div>
        </form>
      )}
      <ol className="comments-list" aria-label={t('comments.label')}>
        {listed.map(({ thread, place }) => (
          <CommentThread
            key={thread.id}
            thread={thread}
            place={place}
            active={active === thread.id}
            readOnly={readOnly}
            {...onThread(thread)}
          />
        ))}
      </ol>
    </aside>
  );
});
