// The section headings the app itself writes, in its six languages, read from the built-in
// templates and the locale files rather than copied: a draft exported in any language is read
// back onto the same kinds of section. A general section just before the norms introduces them.
import ar from '../../../locales/ar/templates.json';
import en from '../../../locales/en/templates.json';
import es from '../../../locales/es/templates.json';
import fr from '../../../locales/fr/templates.json';
import ru from '../../../locales/ru/templates.json';
import zh from '../../../locales/zh/templates.json';
import national from '../../../templates/national-non-paper.template.json';
import normsOnly from '../../../templates/norms-only.template.json';
import stakeholder from '../../../templates/stakeholder-contribution.template.json';
import { lookupMessage } from '../../templates/messages';

export type OwnHeadingRole = 'summary' | 'approach' | 'efforts' | 'norms-intro' | 'closing';

interface TemplateSections {
  sections: ReadonlyArray<{ kind: string; headingKey?: string }>;
}

function roleOf(sections: TemplateSections['sections'], at: number): OwnHeadingRole | null {
  const kind = sections[at]!.kind;
  if (kind === 'summary' || kind === 'approach') return kind;
  if (kind === 'general') return sections[at + 1]?.kind === 'norm' ? 'norms-intro' : 'efforts';
  // The title block and the closing line have no heading in the export.
  return null;
}

/** Heading text, already normalised by `fold`, -> the role its section plays. */
export function ownHeadingRoles(fold: (text: string) => string): Map<string, OwnHeadingRole> {
  const roles = new Map<string, OwnHeadingRole>();
  for (const template of [national, stakeholder, normsOnly] as TemplateSections[]) {
    template.sections.forEach((section, at) => {
      const role = roleOf(template.sections, at);
      if (!role || !section.headingKey) return;
      for (const messages of [ar, zh, en, fr, ru, es]) {
        const heading = lookupMessage(messages, section.headingKey);
        if (heading) roles.set(fold(heading), role);
      }
    });
  }
  return roles;
}
