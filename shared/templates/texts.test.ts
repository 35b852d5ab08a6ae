// Every text key a shipped template uses exists in all six languages, and translations keep the
// {placeholders} that createDraft fills.
import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import survey from '../../templates/national-survey.template.json';
import sgViews from '../../templates/sg-views.template.json';
import practicalActions from '../../templates/checklists/practical-actions.json';
import { CHECKLIST_STATUSES } from '../model/section-fields';
import ar from '../../locales/ar/templates.json';
import zh from '../../locales/zh/templates.json';
import en from '../../locales/en/templates.json';
import fr from '../../locales/fr/templates.json';
import ru from '../../locales/ru/templates.json';
import es from '../../locales/es/templates.json';
import { loadTemplates, placeholdersIn, type Template } from './schema';
import { lookupMessage, resolveMessage } from './messages';

const LOCALES = { ar, zh, en, fr, ru, es };

function keysOf(template: Template): string[] {
  const keys = [template.nameKey, template.descriptionKey, template.titleKey, 'block.anyGovernment'];
  for (const section of template.sections) {
    if (section.headingKey) keys.push(section.headingKey);
    keys.push(...(section.guidanceKeys ?? []), ...(section.subheadingKeys ?? []));
    for (const block of section.initialContent ?? []) if (block.textKey) keys.push(block.textKey);
    for (const field of section.fields ?? []) {
      keys.push(field.labelKey);
      if (field.kind === 'choice' || (field.kind === 'checklist' && field.items))
        keys.push(...(field.kind === 'choice' ? field.options : field.items!).map((option) => option.labelKey));
    }
  }
  return keys;
}

/** The practical-action checklist every norm gets: its items, source note, statuses and table headings. */
function checklistKeys(): string[] {
  const items = Object.values(practicalActions.norms).flatMap((list) => list.map((item) => item.labelKey));
  const columns = ['action', 'status', 'leadAgency', 'evidence', 'note'].map((c) => `checklist.column.${c}`);
  const statuses = CHECKLIST_STATUSES.map((status) => `checklist.status.${status}`);
  return [practicalActions.labelKey, practicalActions.source.descriptionKey, ...items, ...columns, ...statuses];
}

describe('template texts', () => {
  const templates = loadTemplates([national, stakeholder, normsOnly, survey, sgViews]);
  const keys = [...new Set([...templates.flatMap(keysOf), ...checklistKeys()])];

  for (const [language, messages] of Object.entries(LOCALES)) {
    it(`${language} has every key the templates use, with the same placeholders as English`, () => {
      const missing = keys.filter((key) => !lookupMessage(messages, key)?.trim());
      expect(missing).toEqual([]);
      const changed = keys.filter(
        (key) =>
          placeholdersIn(lookupMessage(messages, key)!).sort().join() !==
          placeholdersIn(lookupMessage(en, key)!).sort().join(),
      );
      expect(changed).toEqual([]);
    });
  }

  it('gives each norm its own short title and prompts', () => {
    const titles = 'abcdefghijk'.split('').map((letter) => lookupMessage(en, `norm.${letter}.title`));
    expect(new Set(titles).size).toBe(11);
    expect(lookupMessage(en, 'norm.g.title')).toBe('Protect critical infrastructure');
  });

  it('resolves a missing key to English, then to the fallback', () => {
    expect(resolveMessage('subheading.challenges', () => '')).toBe('Challenges and next steps');
    expect(resolveMessage('no.such.key', undefined, 'Fallback')).toBe('Fallback');
    expect(lookupMessage(en, 'norm.__proto__')).toBeUndefined();
  });
});
