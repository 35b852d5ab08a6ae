// @vitest-environment jsdom
// "Changed since cleared" follows the text without slowing typing: an edited section keeps its
// mark while the user types and is compared again (serialised, diffed) once typing pauses.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clearance } from '../../../shared/collab/model';
import { defaultClearance } from '../../../shared/clearance/path';
import { clearSection } from '../../../shared/clearance/records';
import type { FieldTexts } from '../../../shared/model/field-texts';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { doc, para } from '../../../test/fixtures/content';
import { COMPARE_AFTER_MS, useClearanceMarks } from './use-clearance-marks';
import { testRoot } from '../ui/test-root';

const view = testRoot();

const clearedText = doc(para('Examplia protects its critical infrastructure.'));
const FIELDS: FieldTexts = {};

function clearedDraft(): Clearance {
  const result = clearSection(defaultClearance(), {
    sectionId: 'norm-g',
    stepId: 'legal-review',
    by: 'Ama Tarrow',
    at: 10,
    versionId: null,
    content: clearedText,
  });
  if (!result.ok) throw new Error(result.error);
  return result.clearance;
}

interface Section {
  id: string;
  content(): SerializedEditorState;
}

/** A section as the open draft holds it: a new object per text, read through a reader. */
function section(content: SerializedEditorState) {
  return { id: 'norm-g', content: vi.fn(() => content) } satisfies Section;
}

/** What the section's header says: changed, not changed, or still comparing. */
function Marks({ clearance, sections }: { clearance: Clearance; sections: Section[] }) {
  const mark = useClearanceMarks(clearance, sections, FIELDS).get('norm-g');
  return <p>{!mark ? 'not cleared' : mark.changed === null ? 'comparing' : mark.changed ? 'changed' : 'as cleared'}</p>;
}

const shownMark = () => view.host.textContent;

async function settle(): Promise<void> {
  // The comparison module is loaded on demand; let its import and the re-render finish.
  for (let i = 0; i < 20 && shownMark() === 'comparing'; i++)
    await act(async () => {
      await vi.dynamicImportSettled();
      await vi.advanceTimersByTimeAsync(1);
    });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('changed since cleared while typing', () => {
  it('is compared when the draft opens, and again only once typing pauses', async () => {
    const clearance = clearedDraft();
    act(() => view.root.render(<Marks clearance={clearance} sections={[section(clearedText)]} />));
    await settle();
    expect(shownMark()).toBe('as cleared');

    // Keystrokes: each gives the section a new text; none of them is serialised and compared.
    const typed = [1, 2, 3].map((n) =>
      section(doc(para(`Examplia protects its critical infrastructure${'!'.repeat(n)}`))),
    );
    for (const edited of typed) {
      act(() => view.root.render(<Marks clearance={clearance} sections={[edited]} />));
      await act(() => vi.advanceTimersByTimeAsync(COMPARE_AFTER_MS / 4));
      expect(edited.content).not.toHaveBeenCalled();
      expect(shownMark()).toBe('as cleared');
    }

    // Typing pauses: the latest text is compared and the section reads as changed.
    await act(() => vi.advanceTimersByTimeAsync(COMPARE_AFTER_MS + 50));
    expect(typed[2]!.content).toHaveBeenCalledTimes(1);
    expect(typed[0]!.content).not.toHaveBeenCalled();
    expect(shownMark()).toBe('changed');

    // Typed back to the cleared text: no longer changed once typing pauses again.
    act(() => view.root.render(<Marks clearance={clearance} sections={[section(clearedText)]} />));
    expect(shownMark()).toBe('changed');
    await act(() => vi.advanceTimersByTimeAsync(COMPARE_AFTER_MS + 50));
    expect(shownMark()).toBe('as cleared');
  });
});
