// Templates are data (templates/<id>.template.json): this schema is the whole contract, so a new
// template needs no code. Texts shown to the user are i18n keys in namespace `templates`.
import { z } from '../model/zod';
import { NORM_LETTERS, SECTION_KINDS } from '../model/draft';
import { messageKeySchema } from '../model/schema';
import { describeJsonShapeProblem, findJsonShapeProblem, formatPath } from '../model/forbidden-keys';
import {
  BUILT_IN_FIELDS,
  BUILT_IN_FIELD_IDS,
  FIELD_ID_PATTERN,
  isBuiltInField,
  MAX_TEMPLATE_FIELDS,
  type FieldDefinition,
} from '../model/fields';
import { SECTION_FIELD_LIMITS } from '../model/section-fields';
import { sectionFieldIdSchema } from '../model/section-fields-schema';
import { checklistFile, PRACTICAL_ACTIONS_FIELD } from './checklists';

/** Values createDraft fills into `{name}` placeholders: the built-in fields (a template may add more). */
export const PLACEHOLDERS = BUILT_IN_FIELD_IDS;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!);
}

function checkPlaceholders(
  text: string | undefined,
  known: readonly string[],
  ctx: z.RefinementCtx,
  path: PropertyKey[],
): void {
  if (text === undefined) return;
  for (const name of placeholdersIn(text)) {
    if (!known.includes(name)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `Unknown placeholder {${name}}; known: ${known.map((p) => `{${p}}`).join(', ')}`,
      });
    }
  }
}

/** A field a template declares in its data. Only text and date fields: monthYear is built in. */
export const fieldDefinitionSchema = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(FIELD_ID_PATTERN, 'Field id: a letter, then letters and digits (at most 40)'),
    labelKey: messageKeySchema,
    kind: z.enum(['text', 'date']),
    required: z.boolean(),
  }),
);

const optionSchema = z.lazy(() => z.strictObject({ id: sectionFieldIdSchema, labelKey: messageKeySchema }));

/**
 * A structured field beside a section's text (shared/model/section-fields.ts). A checklist lists
 * its items, or names a checklist file (templates/checklists/) whose items for the section's norm
 * it takes. `internal`: the field starts marked internal (kept out of public documents).
 */
export const templateSectionFieldSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      id: sectionFieldIdSchema,
      kind: z.literal('choice'),
      labelKey: messageKeySchema,
      multiple: z.boolean(),
      options: z.array(optionSchema).min(1).max(SECTION_FIELD_LIMITS.options),
      internal: z.boolean().optional(),
    }),
    z.strictObject({
      id: sectionFieldIdSchema,
      kind: z.enum(['shortText', 'date']),
      labelKey: messageKeySchema,
      internal: z.boolean().optional(),
    }),
    z.strictObject({
      id: sectionFieldIdSchema,
      kind: z.literal('checklist'),
      labelKey: messageKeySchema,
      items: z.array(optionSchema).min(1).max(SECTION_FIELD_LIMITS.items).optional(),
      source: sectionFieldIdSchema.optional(),
      internal: z.boolean().optional(),
    }),
  ]),
);

/** One paragraph of initial content: literal text or an i18n key, with optional placeholders. */
export const templateBlockSchema = z.lazy(() =>
  z
    .strictObject({
      text: z.string().min(1).max(2_000).optional(),
      textKey: messageKeySchema.optional(),
      /** heading = the document's title line; bold/italic apply to the whole paragraph. */
      style: z.enum(['paragraph', 'heading', 'bold', 'italic']).optional(),
      /** Leave the paragraph out when one of these fields has no value. */
      requires: z
        .array(z.string().regex(FIELD_ID_PATTERN))
        .max(BUILT_IN_FIELDS.length + MAX_TEMPLATE_FIELDS)
        .optional(),
    })
    .superRefine((block, ctx) => {
      if ((block.text === undefined) === (block.textKey === undefined)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'A block needs exactly one of "text" or "textKey"' });
      }
    }),
);

function checkSectionFields(
  section: { norm?: string | undefined; fields?: z.output<typeof templateSectionFieldSchema>[] | undefined },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set<string>();
  section.fields?.forEach((field, index) => {
    const path = ['fields', index];
    if (ids.has(field.id) || (section.norm !== undefined && field.id === PRACTICAL_ACTIONS_FIELD))
      ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `Field "${field.id}" appears twice` });
    ids.add(field.id);
    if (field.kind !== 'checklist') return;
    if ((field.items === undefined) === (field.source === undefined))
      ctx.addIssue({ code: 'custom', path, message: 'A checklist needs exactly one of "items" or "source"' });
    if (field.source !== undefined && !checklistFile(field.source))
      ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `No checklist file "${field.source}"` });
    if (field.source !== undefined && section.norm === undefined)
      ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: 'Only a norm section takes items by norm' });
  });
}

export const templateSectionSchema = z.lazy(() =>
  z
    .strictObject({
      kind: z.enum(SECTION_KINDS),
      norm: z.enum(NORM_LETTERS).optional(),
      headingKey: messageKeySchema.optional(),
      /** Literal heading, used when there is no headingKey (or its text is missing). */
      heading: z.string().min(1).max(500).optional(),
      guidanceKeys: z.array(messageKeySchema).max(8).optional(),
      subheadingKeys: z.array(messageKeySchema).max(6).optional(),
      initialContent: z.array(templateBlockSchema).max(50).optional(),
      fields: z
        .array(templateSectionFieldSchema)
        .max(SECTION_FIELD_LIMITS.fieldsPerSection - 1)
        .optional(),
    })
    .superRefine((section, ctx) => {
      checkSectionFields(section, ctx);
      if (section.kind === 'norm' && section.norm === undefined)
        ctx.addIssue({ code: 'custom', path: ['norm'], message: 'A norm section needs "norm" (a to k)' });
      if (section.kind !== 'norm' && section.norm !== undefined)
        ctx.addIssue({ code: 'custom', path: ['norm'], message: 'Only norm sections have "norm"' });
      if (section.headingKey === undefined && section.heading === undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: 'A section needs "headingKey" or "heading"' });
      }
    }),
);

export const templateSchema = z.lazy(() =>
  z
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
      /**
       * false: never chosen by itself for an imported document (a questionnaire, whose shape an
       * existing submission does not have); still used when named.
       */
      forImport: z.boolean().optional(),
      /** Fields the template adds to the built-in ones (BUILT_IN_FIELDS), asked for in the draft's details. */
      fields: z.array(fieldDefinitionSchema).max(MAX_TEMPLATE_FIELDS).optional(),
      sections: z.array(templateSectionSchema).min(1).max(100),
    })
    .superRefine((template, ctx) => {
      const fieldIds: string[] = [...BUILT_IN_FIELD_IDS];
      template.fields?.forEach((field, index) => {
        if (isBuiltInField(field.id))
          ctx.addIssue({
            code: 'custom',
            path: ['fields', index, 'id'],
            message: `"${field.id}" is a built-in field; choose another id`,
          });
        else if (fieldIds.includes(field.id))
          ctx.addIssue({ code: 'custom', path: ['fields', index, 'id'], message: `Field "${field.id}" appears twice` });
        fieldIds.push(field.id);
      });
      template.sections.forEach((section, index) => {
        checkPlaceholders(section.heading, fieldIds, ctx, ['sections', index, 'heading']);
        section.initialContent?.forEach((block, at) => {
          checkPlaceholders(block.text, fieldIds, ctx, ['sections', index, 'initialContent', at, 'text']);
          for (const name of block.requires ?? []) {
            if (!fieldIds.includes(name))
              ctx.addIssue({
                code: 'custom',
                path: ['sections', index, 'initialContent', at, 'requires'],
                message: `Unknown field "${name}"`,
              });
          }
        });
      });
      const seen = new Set<string>();
      template.sections.forEach((section, index) => {
        if (section.norm === undefined) return;
        if (seen.has(section.norm))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', index, 'norm'],
            message: `Norm ${section.norm} appears twice`,
          });
        seen.add(section.norm);
      });
    }),
);

export type Template = z.output<typeof templateSchema>;
export type TemplateSection = z.output<typeof templateSectionSchema>;
export type TemplateBlock = z.output<typeof templateBlockSchema>;
export type TemplateSectionField = z.output<typeof templateSectionFieldSchema>;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

export function parseTemplate(raw: unknown): Template {
  const problem = findJsonShapeProblem(raw, 32);
  const label =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? `"${(raw as { id: string }).id.slice(0, 64)}"`
      : '(no id)';
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
  return orderTemplates(raws.map(parseTemplate));
}

/** Checks ids are unique and sorts the templates for display. */
function orderTemplates(templates: Template[]): Template[] {
  const ids = new Set<string>();
  for (const template of templates) {
    if (ids.has(template.id)) throw new TemplateError(`Two templates have the id "${template.id}"`);
    ids.add(template.id);
  }
  return templates.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id));
}

/**
 * For bundlers' eager JSON imports (`import.meta.glob`), whose values are modules with `default`.
 * `checked`: the files were validated when the app was built and tested (the templates shipped
 * with it), so they are taken as they are.
 */
export function templatesFromModules(modules: Record<string, unknown>, { checked = false } = {}): Template[] {
  const raws = Object.values(modules).map((module) =>
    typeof module === 'object' && module !== null && 'default' in module ? module.default : module,
  );
  return checked ? orderTemplates(raws as Template[]) : loadTemplates(raws);
}

/** Every field a draft of this template has: the built-in ones, then the template's own. */
export function templateFields(template: Pick<Template, 'fields'> | undefined): FieldDefinition[] {
  return [...BUILT_IN_FIELDS, ...(template?.fields ?? []).map((field) => ({ ...field }))];
}

export function findTemplate(templates: readonly Template[], id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
