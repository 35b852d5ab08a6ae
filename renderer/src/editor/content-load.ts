// Opening a long section: the blocks of the first screen go into the editor in the task that
// builds it, the others in short tasks after that first frame, so that no task on the way to an
// editable section is long and the text shows sooner (bench/). Those later updates are not the
// user's: they join the loaded state in the undo history (no undo step) and are not reported as
// changes (nothing is saved by opening). Any input, or a read of the content, first adds what is
// left at once, so nothing the user does or saves ever works on part of the section.
import {
  $createParagraphNode,
  $getEditor,
  $getRoot,
  $parseSerializedNode,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';

/** The tag of the updates that add the rest of a section being opened. */
export const CONTENT_LOAD_TAG = 'norms-drafter/content-load';

/** More text than a tall screen shows below the section's heading: loaded with the editor. */
const FIRST_SCREEN_CHARACTERS = 3000;
/** Time given to each later slice, well under a long task once the editor renders it. */
const SLICE_MS = 8;
/** A User Timing mark once the whole section is in the editor: bench/ reports it beside start-up. */
const LOADED_MARK = 'drafter:section-loaded';

function markLoaded(): void {
  performance.clearMarks(LOADED_MARK);
  performance.mark(LOADED_MARK);
}

/** Input of any kind, anywhere: the whole section must be there before it is handled. */
const INPUT_EVENTS = ['keydown', 'beforeinput', 'pointerdown', 'paste', 'cut', 'drop', 'compositionstart'] as const;

/** The characters of text in a stored node and its children (a rough measure of its height). */
function textSize(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  const { text, children } = node as { text?: unknown; children?: unknown };
  let size = typeof text === 'string' ? text.length : 0;
  if (Array.isArray(children)) for (const child of children) size += textSize(child);
  // Every block takes a line even when empty.
  return size + 1;
}

export class ContentLoad {
  /** False once a block could not be read: the section is then shown read-only. */
  complete = true;
  private rest: unknown[] = [];
  private editor: LexicalEditor | null = null;
  private readonly listeners = new Set<() => void>();

  /** Blocks not in the editor yet. */
  get pending(): boolean {
    return this.rest.length > 0;
  }

  /**
   * In the editor's first update: replaces its content with the stored content's first blocks,
   * a screen of text (all of it when `all`), keeping the others for `continueIn`.
   */
  $start(content: SerializedEditorState, all = false): void {
    // Known from here, so that `finish` adds the rest even if asked before `continueIn` runs.
    this.editor = $getEditor();
    const root = $getRoot().clear();
    const blocks: unknown = content?.root?.children;
    this.complete = Array.isArray(blocks);
    this.rest = Array.isArray(blocks) ? [...blocks] : [];
    let size = 0;
    while (this.rest.length > 0 && (all || size < FIRST_SCREEN_CHARACTERS || root.isEmpty())) {
      const block = this.rest.shift();
      size += textSize(block);
      this.$append(block);
    }
    if (root.isEmpty()) root.append($createParagraphNode());
  }

  /**
   * Adds the remaining blocks in short tasks, starting after the next frame is drawn; input of
   * any kind adds them all at once first. Returns what stops it (the editor going away).
   */
  continueIn(editor: LexicalEditor): () => void {
    if (!this.pending) {
      markLoaded();
      return () => undefined;
    }
    this.editor = editor;
    let stopped = false;
    let frame: number | null = null;
    const channel = new MessageChannel();
    const finishNow = () => this.finish();
    const stop = () => {
      stopped = true;
      if (frame !== null) cancelAnimationFrame(frame);
      channel.port1.onmessage = null;
      for (const type of INPUT_EVENTS) window.removeEventListener(type, finishNow, true);
    };
    channel.port1.onmessage = () => {
      if (stopped) return;
      const until = performance.now() + SLICE_MS;
      this.update(() => {
        while (this.rest.length > 0 && performance.now() < until) this.$append(this.rest.shift());
      });
      if (this.pending) channel.port2.postMessage(null);
      else stop();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, finishNow, true);
    // A hidden page draws no frames: there it goes on at once.
    if (document.hidden) channel.port2.postMessage(null);
    else frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    this.stopTasks = stop;
    return stop;
  }

  /** Adds every block still missing, now. */
  finish(): void {
    this.stopTasks();
    if (!this.pending) return;
    this.update(() => {
      while (this.rest.length > 0) this.$append(this.rest.shift());
    });
  }

  /** Told when `pending` or `complete` turns false (the rest is in; a later block could not be read). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private stopTasks: () => void = () => undefined;

  private update(add: () => void): void {
    const editor = this.editor;
    if (!editor) return;
    const before = { complete: this.complete, pending: this.pending };
    editor.update(add, { discrete: true, tag: [HISTORY_MERGE_TAG, CONTENT_LOAD_TAG] });
    // A block it cannot read makes the section read-only at once, before the input that may have
    // asked for the rest is handled: nothing is then written without that block.
    if (before.complete && !this.complete) editor.setEditable(false);
    if (before.pending && !this.pending) markLoaded();
    if (before.complete !== this.complete || before.pending !== this.pending)
      for (const listener of this.listeners) listener();
  }

  private $append(block: unknown): void {
    try {
      $getRoot().append($parseSerializedNode(block as SerializedLexicalNode));
    } catch {
      this.complete = false;
    }
  }
}
