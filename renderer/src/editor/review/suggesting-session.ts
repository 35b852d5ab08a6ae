// Whether edits are recorded as suggestions ("Suggest changes", Word's Track Changes), shared by
// a section's editor and its footnotes' editors. The draft screen owns it across sections: it says
// who is suggesting and hands out suggestion ids whose records are already stored, so the saved
// text never holds a suggestion without its author and date.

export interface SuggestionSource {
  /** An id whose record (author, date) is already stored; null when none is ready yet. */
  take(): string | null;
  /** Whether the suggestion is the current reviewer's own: its words may simply be removed. */
  isOwn(suggestionId: string): boolean;
}

import type { DescribedKind } from './review-authors';

export class SuggestingSession {
  private on = false;
  private readonly listeners = new Set<() => void>();
  source: SuggestionSource | null = null;
  /** Who made a suggestion (its colour); set by the owner from the draft's review block. */
  authorOf: (suggestionId: string) => string | undefined = () => undefined;
  /** Who made it, when, inserted or deleted (words or a paragraph break): the suggestion's accessible description. */
  describe: (suggestionId: string, kind: DescribedKind) => string = () => '';
  /** Asked to turn the mode on or off (the owner may first ask the reviewer's name); none: toggles. */
  onToggleRequest: (() => void) | null = null;

  /** The owner's side: where ids come from, who wrote what, and what the toggle does. */
  connect(owner: Partial<Pick<SuggestingSession, 'source' | 'authorOf' | 'describe' | 'onToggleRequest'>>): void {
    Object.assign(this, owner);
  }

  isOn(): boolean {
    return this.on && this.source !== null;
  }

  setOn(on: boolean): void {
    if (this.on === on) return;
    this.on = on;
    for (const listener of this.listeners) listener();
  }

  requestToggle(): void {
    if (this.onToggleRequest) this.onToggleRequest();
    else this.setOn(!this.on);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): boolean => this.isOn();
}
