// @vitest-environment jsdom
// One thread in the comments pane: a resolved thread is collapsed until shown, one whose words
// were deleted says so and can only be deleted, and an empty reply is refused in words.
import i18next from 'i18next';
import { act } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import draftEn from '../../../../locales/en/draft.json';
import type { ReviewComment } from '../../../../shared/review/model';
import { CommentThread, type ThreadPlace } from './CommentThread';
import { testRoot } from '../../ui/test-root';

const view = testRoot();

const i18n = i18next.createInstance();

beforeEach(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { draft: draftEn } },
    defaultNS: 'draft',
    interpolation: { escapeValue: false },
  });
});

const AT = Date.UTC(2026, 4, 4, 9, 30);
const thread = (resolved: ReviewComment['resolved'] = null): ReviewComment => ({
  id: 'c1',
  author: 'Ilse Varnhold',
  at: AT,
  text: 'Name the operator.',
  replies: [{ id: 'r1', author: 'Tomasz Orlind', at: AT + 60_000, text: 'GridCo operates it.' }],
  resolved,
});

function show(comment: ReviewComment, place: ThreadPlace, onReply = vi.fn(async () => true)) {
  const actions = { onGoTo: vi.fn(), onReply, onResolve: vi.fn(), onReopen: vi.fn(), onDelete: vi.fn() };
  act(() =>
    view.root.render(
      <I18nextProvider i18n={i18n}>
        <CommentThread thread={comment} place={place} active={false} readOnly={false} {...actions} />
      </I18nextProvider>,
    ),
  );
  return actions;
}

const button = (name: string) =>
  [...view.host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const visibleText = () => view.host.querySelector<HTMLElement>('[id$="-body"]')!;

describe('a comment thread', () => {
  it('shows its words, author, text and replies, and goes to its words', () => {
    const actions = show(thread(), { quote: 'the electricity network', inNote: false });
    expect(view.host.textContent).toContain('Name the operator.');
    expect(view.host.textContent).toContain('GridCo operates it.');
    expect(visibleText().hidden).toBe(false);
    act(() => button('Go to the words: “the electricity network”')!.click());
    expect(actions.onGoTo).toHaveBeenCalled();
    expect(button('Resolve')).toBeDefined();
  });

  it('is collapsed once resolved, shown on request, and can be reopened', () => {
    const actions = show(thread({ by: 'Tomasz Orlind', at: AT + 120_000 }), { quote: 'section 4', inNote: true });
    expect(view.host.textContent).toContain('Resolved by Tomasz Orlind');
    expect(view.host.textContent).toContain('In a footnote');
    expect(visibleText().hidden).toBe(true);
    const toggle = button('Show')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(visibleText().hidden).toBe(false);
    expect(button('Reply')).toBeUndefined();
    act(() => button('Reopen')!.click());
    expect(actions.onReopen).toHaveBeenCalled();
  });

  it('says when its words were deleted, and offers only to delete it', () => {
    const actions = show(thread(), { quote: null, inNote: false });
    expect(view.host.textContent).toContain('Words removed');
    expect(button('Resolve')).toBeUndefined();
    expect(button('Reply')).toBeUndefined();
    act(() => button('Delete the comment by Ilse Varnhold')!.click());
    expect(actions.onDelete).toHaveBeenCalled();
  });

  it('refuses an empty reply with a message and sends a written one', async () => {
    const onReply = vi.fn(async () => true);
    show(thread(), { quote: 'the electricity network', inNote: false }, onReply);
    act(() => button('Reply')!.click());
    const form = view.host.querySelector('form')!;
    act(() => form.requestSubmit());
    expect(view.host.querySelector('[role="alert"]')?.textContent).toBe('Write the reply first.');
    expect(onReply).not.toHaveBeenCalled();
    const box = view.host.querySelector('textarea')!;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setValue.call(box, 'Agreed.');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => form.requestSubmit());
    expect(onReply).toHaveBeenCalledWith('Agreed.');
    expect(view.host.querySelector('textarea')).toBeNull();
  });
});
