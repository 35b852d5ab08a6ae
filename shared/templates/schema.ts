// Templates are data (templates/<id>.template.json): this schema is the whole contract, so a new
// template needs no code. Texts shown to the user are i18n keys in namespace `templates`.
import { z } from 'zod';
import { NORM_LETTERS, SECTION_KINDS } from '../model/draft';
import { messageKeySchema } from '../model/schema';
import { describeJsonShapeProblem, findJsonShapeProblem, formatPath } from '../model/forbidden-keys';

/** Values createDraft fills into `{name}` placeholders in headings and initial content. */
export const PLACEHOLDERS = ['submitter', 'forum', 'date', 'monthYear', 'government', 'issuingBody', 'title'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!);
}

function checkPlaceholders(text: string | undefined, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  if (text === undefined) return;
  for (const name of placeholdersIn(text)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', path, message: `Unknown placeholder {${name}}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
    }
  }
}

/** One paragraph of initial content: literal text or an i18n key, with optional placeholders. */
export const templateBlockSchema = z
  .strictObject({
    text: z.string().min(1).max(2_000).optional(),
    textKey: messageKeySchema.optional(),
    /** heading = the document's title line; bold/italic apply to the whole paragraph. */
    style: z.enum(['paragraph', 'heading', 'bold', 'italic']).optional(),
    /** Leave the paragraph out when one of these placeholders has no value. */
    requires: z.array(z.enum(PLACEHOLDERS)).max(PLACEHOLDERS.length).optional(),
  })
  .superRefine((block, ctx) => {
    if ((block.text === undefined) === (block.textKey === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'A block needs exactly one of "text" or "textKey"' });
    }
    checkPlaceholders(block.text, ctx, ['text']);
  });

export const templateSectionSchema = z
  .strictObject({
    kind: z.enum(SECTION_KINDS),
    norm: z.enum(NORM_LETTERS).optional(),
    headingKey: messageKeySchema.optional(),
    /** Literal heading, used when there is no headingKey (or its text is missing). */
    heading: z.string().min(1).max(500).optional(),
    guidanceKeys: z.array(messageKeySchema).max(8).optional(),
    subheadingKeys: z.array(messageKeySchema).max(6).optional(),
    initialContent: z.array(templateBlockSchema).max(50).optional(),
  })
  .superRefine((section, ctx) => {
    if (section.kind === 'norm' && section.norm === undefined) ctx.addIssue({ code: 'custom', path: ['norm'], message: 'A norm section needs "norm" (a to k)' });
    if (section.kind !== 'norm' && section.norm !== undefined) ctx.addIssue({ code: 'custom', path: ['norm'], message: 'Only norm sections have "norm"' });
    if (section.headingKey === undefined && section.heading === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'A section needs "headingKey" or "heading"' });
    }
    checkPlaceholders(section.heading, ctx, ['heading']);
  });

export const templateSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Template id: lower-case letters and digits joined by "-"'),
    version: z.int().min(1).max(1_000_000),
    /** Position in template lists (lower first). */
    order: z.int().min(0).max(1_000).optional(),
    nameKey: messageKeySchema,
    descriptionKey: messageKeySchema,
    submitterKind: z.enum(['state', 'stakeholder', 'any']),
    /** The draft's default title. */
    titleKey: messageKeySchema,
    sections: z.array(templateSectionSchema).min(1).max(100),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (section.norm === undefined) return;
      if (seen.has(section.norm)) ctx.addIssue({ code: 'custom', path: ['sections', index, 'norm'], message: `Norm ${section.norm} appears twice` });
      seen.add(section.norm);
    });
  });

export type Template = z.output<typeof templateSchema>;
export type TemplateSection = z.output<typeof templateSectionSchema>;
export type TemplateBlock = z.output<typeof templateBlockSchema>;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

export function parseTemplate(raw: unknown): Template {
  const problem = findJsonShapeProblem(raw, 32);
  const label = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? `"${(raw as { id: string }).id.slice(0, 64)}"` : '(no id)';
  if (problem) throw new TemplateError(`Template ${label} is invalid: ${describeJsonShapeProblem(problem)}`);
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TemplateError(`Template ${label} is invalid: ${formatPath(issue.path)}: ${issue.message}`);
  }
  return parsed.data;
}

/** Validates every template, checks ids are unique, and sorts them for display. */
export function loadTemplates(raws: unknown[]): Template[] {
  const templates = raws.map(parseTemplate);
  const ids = new Set<string>();
  for (const template of templates) {
    if (ids.has(template.id)) throw new TemplateError(`Two templates have the id "${template.id}"`);
    ids.add(template.id);
  }
  return templates.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id));
}

/** For bundlers' eager JSON imports (`import.meta.glob`), whose values are modules with `default`. */
export function templatesFromModules(modules: Record<string, unknown>): Template[] {
  return loadTemplates(Object.values(modules).map((module) => (typeof module === 'object' && module !== null && 'default' in module ? module.default : module)));
}

export function findTemplate(templates: readonly Template[], id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
