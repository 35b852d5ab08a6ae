// The templates shipped in templates/, bundled and validated once at start.
import { templatesFromModules, type Template } from '../../../shared/templates';

const modules = import.meta.glob('../../../templates/*.template.json', { eager: true });

export const TEMPLATES: readonly Template[] = templatesFromModules(modules);

/** Literal keys are in the templates; their text is in namespace `templates`. */
export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
