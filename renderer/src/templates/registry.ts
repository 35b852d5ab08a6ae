// The templates shipped in templates/, bundled. They are validated by the tests
// (registry.test.ts), not again at every start: parsing them with the
// template schema took 10-30 ms on the way to the first screen (bench/profile-startup.ts).
import { templatesFromModules, type Template } from '../../../shared/templates';

const modules = import.meta.glob('../../../templates/*.template.json', { eager: true });

export const TEMPLATES: readonly Template[] = templatesFromModules(modules, { checked: true });

/** Literal keys are in the templates; their text is in namespace `templates`. */
export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
