// One comment thread in the pane: the words it is on (a button that selects them), author, date,
// text and replies, a reply box, resolve or reopen, delete. A resolved thread is collapsed to one
// line until shown; a thread whose words were deleted says so.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorColourIndex } from '../../../../shared/review/colours';
import type { ReviewComment } from '../../../../shared/review/model';
import { formatDateTime } from '../../ui/format';

export interface ThreadPlace {
  /** The words as they read now; null when they were deleted from the text. */
  quote: string | null;
  inNote: boolean;
}

interface CommentThreadProps {
  thread: ReviewComment;
  place: ThreadPlace;
  active: boolean;
  readOnly: boolean;
  onGoTo(): void;
  onReply(text: string): Promise<boolean>;
  onResolve(): void;
  onReopen(): void;
  onDelete(): void;
}

function Byline({ author, at }: { author: string; at: number }) {
  const { i18n } = useTranslation('draft');
  return (
    <p className="comment-byline">
      <bdi className={`comment-author nd-author-${authorColourIndex(author)}`}>{author}</bdi>{' '}
      <time dateTime={new Date(at).toISOString()}>{formatDateTime(at, i18n.language)}</time>
    </p>
  );
}

export function CommentThread({
  thread,
  place,
  active,
  readOnly,
  onGoTo,
  onReply,
  onResolve,
  onReopen,
  onDelete,
}: CommentThreadProps) {
  const { t } = useTranslation('draft');
  const id = useId();
  const [shown, setShown] = useState(false);
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState(false);
  const resolved = thread.resolved !== null;
  // Resolve and Reopen take each other's place: the keyboard's focus moves to the one shown.
  const toggleRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    toggleRef.current?.focus();
  }, [resolved]);
  const expanded = !resolved || shown;
  const sendReply = async () => {
    if (reply.trim() === '') return setProblem(true);
    if (await onReply(reply.trim())) {
      setReply('');
      setReplying(false);
      setProblem(false);
    }
  };
  return (
    <li>
      <article
        className={`comment-thread${active ? ' is-active' : ''}${resolved ? ' is-resolved' : ''}`}
        aria-label={t('comments.threadLabel', { author: thread.author })}
        data-thread={thread.id}
      >
        {place.quote === null ? (
          <p className="comment-removed">
            <strong>{t('comments.wordsRemoved')}</strong> <span>{t('comments.wordsRemovedHint')}</span>
          </p>
        ) : (
          <button
            type="button"
            className="comment-quote"
            dir="auto"
            aria-label={t('comments.goTo', { quote: place.quote })}
            onClick={onGoTo}
          >
            {place.quote}
          </button>
        )}
        {place.inNote && <p className="comment-where">{t('comments.inFootnote')}</p>}
        {resolved && (
          <p className="comment-resolved">
            {t('comments.resolvedBy', { name: thread.resolved!.by })}{' '}
            <button
              type="button"
              className="button button-quiet button-small"
              aria-expanded={shown}
              aria-controls={`${id}-body`}
              onClick={() => setShown(!shown)}
            >
              {shown ? t('comments.hide') : t('comments.show')}
            </button>
          </p>
        )}
        <div id={`${id}-body`} hidden={!expanded}>
          <Byline author={thread.author} at={thread.at} />
          <p className="comment-text" dir="auto">
            {thread.text}
          </p>
          {thread.replies.length > 0 && (
            <ol className="comment-replies">
              {thread.replies.map((item) => (
                <li key={item.id}>
                  <Byline author={item.author} at={item.at} />
                  <p className="comment-text" dir="auto">
                    {item.text}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </div>
        {!readOnly && replying && !resolved && (
          <form
            className="comment-reply"
            onSubmit={(event) => {
              event.preventDefault();
              void sendReply();
            }}
          >
            <textarea
              aria-label={t('comments.replyLabel', { author: thread.author })}
              value={reply}
              rows={2}
              autoFocus
              aria-invalid={problem || undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setReply(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  void sendReply();
                } else if (event.key === 'Escape') setReplying(false);
              }}
            />
            {problem && (
              <p id={`${id}-problem`} className="form-error" role="alert">
                {t('comments.replyEmpty')}
              </p>
            )}
            <div className="comments-actions">
              <button type="submit" className="button button-primary button-small">
                {t('comments.reply')}
              </button>
              <button type="button" className="button button-small" onClick={() => setReplying(false)}>
                {t('comments.cancel')}
              </button>
            </div>
          </form>
        )}
        {!readOnly && (
          <div className="comments-actions">
            {!resolved && !replying && place.quote !== null && (
              <button type="button" className="button button-small" onClick={() => setReplying(true)}>
                {t('comments.reply')}
              </button>
            )}
            {resolved ? (
              <button
                ref={toggleRef}
                type="button"
                className="button button-small"
                onClick={() => {
                  moveFocus.current = true;
                  onReopen();
                }}
              >
                {t('comments.reopen')}
              </button>
            ) : (
              place.quote !== null && (
                <button
                  ref={toggleRef}
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    moveFocus.current = true;
                    onResolve();
                  }}
                >
                  {t('comments.resolve')}
                </button>
              )
            )}
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t('comments.deleteLabel', { author: thread.author })}
              onClick={onDelete}
            >
              {t('comments.delete')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
