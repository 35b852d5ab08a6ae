import { describe, expect, it } from 'vitest';
import national from '../../../templates/national-non-paper.template.json';
import normsOnly from '../../../templates/norms-only.template.json';
import type { Draft } from '../../../shared/model/draft';
import { paragraphNode, rootState, textNode } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import { createDraft, parseTemplate } from '../../../shared/templates';
import { StorageError } from '../storage/errors';
import { ChangeTemplateFailure, changeDraftTemplate, type ChangeTemplateDeps } from './change-draft-template';

const NATIONAL = parseTemplate(national);

function stored(): Draft {
  let n = 0;
  const draft = createDraft(
    parseTemplate(normsOnly),
    { submitter: 'Republic of Examplia', forum: '', language: 'en', date: '2026-05-12' },
    { now: 1, newId: () => `s${++n}` },
  );
  return {
    ...draft,
    sections: draft.sections.map((s) =>
      s.norm === 'c' ? { ...s, content: rootState([paragraphNode([textNode('Written before.')])]) } : s,
    ),
  };
}

/** A stand-in storage that records the order of the steps. */
function fakes(
  options: { unsaved?: boolean; snapshotFails?: boolean; replaceFails?: boolean; changedElsewhere?: boolean } = {},
) {
  const steps: string[] = [];
  let draft = stored();
  let n = 0;
  const deps: ChangeTemplateDeps = {
    snapshot: async (id) => {
      steps.push(`snapshot ${id}`);
      if (options.snapshotFails) throw new Error('quota');
    },
    unsaved: () => options.unsaved ?? false,
    repository: {
      replaceDraft: async (id, replace) => {
        steps.push(`replace ${id}`);
        const next = replace(draft);
        if (options.replaceFails) throw new Error('disk');
        if (options.changedElsewhere) throw new StorageError('conflict', `Draft ${id} was changed in another window`);
        draft = next;
        return next;
      },
    },
    now: () => 99,
    newId: () => `n${++n}`,
    templateTexts: () => (key) => key,
  };
  return { deps, steps, current: () => draft };
}

describe('changeDraftTemplate', () => {
  it('keeps a version first, then rearranges the stored draft and reports what it did', async () => {
    const { deps, steps, current } = fakes();
    const id = current().id;
    const report = await changeDraftTemplate(id, NATIONAL, deps);
    expect(steps).toEqual([`snapshot ${id}`, `replace ${id}`]);
    expect(report).toEqual({ kept: 11, moved: [], added: 5 });
    expect(current().templateId).toBe('national-non-paper');
    expect(sectionPlainText(current().sections.find((s) => s.norm === 'c')!.content)).toBe('Written before.');
  });

  it('changes nothing while typing is still unsaved, after the version is kept', async () => {
    const { deps, steps, current } = fakes({ unsaved: true });
    const before = current();
    await expect(changeDraftTemplate(before.id, NATIONAL, deps)).rejects.toMatchObject({ problem: 'unsaved' });
    expect(steps).toEqual([`snapshot ${before.id}`]);
    expect(current()).toBe(before);
  });

  it('changes nothing when the version cannot be kept', async () => {
    const { deps, steps, current } = fakes({ snapshotFails: true });
    await expect(changeDraftTemplate(current().id, NATIONAL, deps)).rejects.toBeInstanceOf(ChangeTemplateFailure);
    expect(steps).toHaveLength(1);
    expect(current().templateId).toBe('norms-only');
  });

  it('reports a storage failure of the write itself', async () => {
    const { deps, current } = fakes({ replaceFails: true });
    await expect(changeDraftTemplate(current().id, NATIONAL, deps)).rejects.toMatchObject({ problem: 'storage' });
    expect(current().templateId).toBe('norms-only');
  });

  it('says the draft changed in another window when the edit guard refuses the change', async () => {
    const { deps, current } = fakes({ changedElsewhere: true });
    await expect(changeDraftTemplate(current().id, NATIONAL, deps)).rejects.toMatchObject({ problem: 'elsewhere' });
    expect(current().templateId).toBe('norms-only');
  });
});
