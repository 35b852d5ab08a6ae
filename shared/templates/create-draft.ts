// A new draft from a template: headings and boilerplate in the document language, with the
// submitter, forum, dates and government filled in. Pure: ids and time come from the host.
import type { Draft, DraftFields, Section, SubmitterKind } from '../model/draft';
import type { SerializedEditorState, SerializedNode } from '../model/lexical-json';
import { FIELD_NODE_IDS } from '../model/field-texts';
import { TEXT_FORMAT } from '../model/lexical-json';
import { isLanguage, type Language } from '../model/languages';
import { formatLongDate, formatMonthYear, isIsoDate } from '../model/dates';
import { emptyEditorState, fieldNode, headingNode, paragraphNode, rootState, textNode } from '../model/empty';
import { draftSchema, DRAFT_LIMITS } from '../model/schema';
import { suggestedStatus } from '../model/status';
import { formatPath } from '../model/forbidden-keys';
import { resolveMessage, type Translate } from './messages';
import { templateFields, type Placeholder, type Template, type TemplateBlock, type TemplateSection } from './schema';
import { newSectionFields } from './section-fields';
import { checkFields, describeFieldProblem, fieldValue } from '../model/draft-fields';

export interface CreateDraftParams {
  submitter: string;
  submitterKind?: SubmitterKind;
  forum: string;
  language: Language;
  /** YYYY-MM-DD */
  date: string;
  issuingBody?: string;
  title?: string;
  government?: string;
  /** Values of the fields the template adds, by id. */
  extraFields?: Record<string, string>;
}

export interface CreateDraftEnv {
  now: number;
  newId: () => string;
  /** Template texts in the document language; English is used for any key it lacks. */
  translate?: Translate;
}

/** Thrown for parameters a user typed wrongly (empty submitter, bad date, wrong kind). */
export class DraftParamsError extends Error {
  override readonly name = 'DraftParamsError';
}

/** The values filled into `{name}` placeholders: every built-in field, and the template's own. */
export type PlaceholderValues = Record<Placeholder, string> & Record<string, string>;
type Values = PlaceholderValues;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/;

function fill(text: string, values: Values): string {
  return text.replace(new RegExp(PLACEHOLDER.source, 'g'), (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
}

function checkParams(template: Template, params: CreateDraftParams): SubmitterKind {
  const submitter = params.submitter.trim();
  if (!submitter) throw new DraftParamsError('The submitter (State or organisation) must not be empty.');
  if (submitter.length > DRAFT_LIMITS.nameChars)
    throw new DraftParamsError(`The submitter name is too long (at most ${DRAFT_LIMITS.nameChars} characters).`);
  if (!isLanguage(params.language))
    throw new DraftParamsError(
      `Unknown document language "${String(params.language)}"; use one of ar, zh, en, fr, ru, es.`,
    );
  if (!isIsoDate(params.date))
    throw new DraftParamsError(`Invalid date "${params.date}": expected a real date written YYYY-MM-DD.`);
  const kind = params.submitterKind ?? (template.submitterKind === 'any' ? 'state' : template.submitterKind);
  if (template.submitterKind !== 'any' && kind !== template.submitterKind) {
    throw new DraftParamsError(
      `The template "${template.id}" is for ${template.submitterKind === 'state' ? 'State' : 'stakeholder'} submissions.`,
    );
  }
  return kind;
}

/**
 * A block's text as inline nodes: the placeholders of fields that can be shown as field nodes
 * (field-texts.ts) become field nodes, so a later change of the field shows without rewriting the
 * section; any other placeholder is filled in as text.
 */
function filledNodes(raw: string, values: Values, format: number): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') nodes.push(textNode(text, format));
    text = '';
  };
  for (const [at, piece] of raw.split(PLACEHOLDER).entries()) {
    if (at % 2 === 0) text += piece;
    else if (FIELD_NODE_IDS.includes(piece)) {
      flush();
      nodes.push(fieldNode(piece, format));
    } else text += fill(`{${piece}}`, values);
  }
  flush();
  return nodes;
}

function blockNode(block: TemplateBlock, raw: string, values: Values): SerializedNode {
  if (block.style === 'heading') return headingNode('h1', filledNodes(raw, values, 0));
  const format = block.style === 'bold' ? TEXT_FORMAT.bold : block.style === 'italic' ? TEXT_FORMAT.italic : 0;
  return paragraphNode(filledNodes(raw, values, format), format);
}

function initialContent(
  section: TemplateSection,
  values: Values,
  translate: Translate | undefined,
): SerializedEditorState {
  const nodes: SerializedNode[] = [];
  for (const block of section.initialContent ?? []) {
    if (block.requires?.some((name) => (Object.hasOwn(values, name) ? values[name]! : '').trim() === '')) continue;
    const raw = block.textKey !== undefined ? resolveMessage(block.textKey, translate) : block.text!;
    nodes.push(blockNode(block, raw, values));
  }
  return nodes.length > 0 ? rootState(nodes) : emptyEditorState();
}

/** One template section as a new draft gets it: heading and boilerplate filled in. */
export function buildSection(
  section: TemplateSection,
  values: Values,
  env: Pick<CreateDraftEnv, 'newId' | 'translate'>,
): Section {
  const rawHeading =
    section.headingKey !== undefined
      ? resolveMessage(section.headingKey, env.translate, section.heading)
      : section.heading!;
  const content = initialContent(section, values, env.translate);
  const built: Section = {
    id: env.newId(),
    kind: section.kind,
    norm: section.norm ?? null,
    heading: fill(rawHeading, values),
    status: suggestedStatus({ status: 'empty', content }),
    content,
  };
  if (section.guidanceKeys) built.guidanceKeys = [...section.guidanceKeys];
  if (section.subheadingKeys) built.subheadingKeys = [...section.subheadingKeys];
  const fields = newSectionFields(section.fields, section.norm);
  if (fields.length > 0) built.fields = fields;
  return built;
}

/** The placeholder values for a draft's fields (dates written out in its language). */
export function placeholderValues(
  fields: DraftFields,
  language: Language,
  translate: Translate | undefined,
  template?: Template,
): Values {
  const values: Values = {
    title: '',
    submitter: '',
    issuingBody: '',
    forum: '',
    date: '',
    monthYear: '',
    government: '',
  };
  // The template's own fields as typed, its date fields written out.
  for (const field of template?.fields ?? []) {
    const value = fieldValue(fields, field.id).trim();
    values[field.id] = field.kind === 'date' && isIsoDate(value) ? formatLongDate(value, language) : value;
  }
  const government = fields.government?.trim() ?? '';
  return {
    ...values,
    submitter: fields.submitter.trim(),
    forum: fields.forum.trim(),
    date: formatLongDate(fields.date, language),
    monthYear: formatMonthYear(fields.date, language),
    government: government || resolveMessage('block.anyGovernment', translate),
    issuingBody: fields.issuingBody.trim(),
    title: fields.title,
  };
}

/** The values typed for the template's own fields, trimmed; empty ones are left out (checkFields names unknown ones). */
function trimmedExtras(extras: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(extras ?? {})) if (value.trim()) out[id] = value.trim();
  return out;
}

export function createDraft(template: Template, params: CreateDraftParams, env: CreateDraftEnv): Draft {
  const submitterKind = checkParams(template, params);
  const government = params.government?.trim() ?? '';
  const title = params.title?.trim() || resolveMessage(template.titleKey, env.translate);
  const fields: DraftFields = {
    ...trimmedExtras(params.extraFields),
    title,
    submitter: params.submitter.trim(),
    issuingBody: params.issuingBody?.trim() ?? '',
    forum: params.forum.trim(),
    date: params.date,
  };
  if (government) fields.government = government;
  const values = placeholderValues(fields, params.language, env.translate, template);
  const draft: Draft = {
    id: env.newId(),
    templateId: template.id,
    submitterKind,
    language: params.language,
    fields,
    createdAt: env.now,
    updatedAt: env.now,
    sections: template.sections.map((section) => buildSection(section, values, env)),
  };
  const problem = checkFields(fields, templateFields(template));
  if (problem) throw new DraftParamsError(describeFieldProblem(problem));
  // Limits apply to what users typed (title, forum...): report them as bad parameters.
  const checked = draftSchema.safeParse(draft);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new DraftParamsError(`The new draft would be invalid: ${formatPath(issue.path)}: ${issue.message}`);
  }
  return draft;
}
