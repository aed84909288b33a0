// Response templates: `{variable}` placeholders filled from the question's context. A value
// that is missing stays visible as its placeholder, so the seller sees what to fill in; a
// placeholder the product does not know is reported rather than silently dropped.
import { templateVariableValues } from '../api/generated/enums.js';
import { checkText, type FieldProblem } from './validation.js';

export const TEMPLATE_VARIABLES = templateVariableValues;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string | null | undefined>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

/** The placeholder names in a text, in order of first use, without repeats. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export interface FilledTemplate {
  /** The text with known values filled in; unfilled placeholders remain as `{name}`. */
  text: string;
  /** Known variables that had no value (still visible in `text`). */
  missing: TemplateVariable[];
  /** Placeholders that are not template variables at all (still visible in `text`). */
  unknown: string[];
}

export function fillTemplate(body: string, values: TemplateValues): FilledTemplate {
  const missing: TemplateVariable[] = [];
  const unknown: string[] = [];
  const text = body.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (!isTemplateVariable(name)) {
      if (!unknown.includes(name)) unknown.push(name);
      return placeholder;
    }
    const value = values[name];
    if (value === undefined || value === null || value.trim() === '') {
      if (!missing.includes(name)) missing.push(name);
      return placeholder;
    }
    return value;
  });
  return { text, missing, unknown };
}

// The rules for a seller's own templates, checked by the backend (422) and by the inbox's
// template form before sending, with the same problems.

export const MAX_TEMPLATE_TITLE_LENGTH = 80;
export const MAX_TEMPLATE_BODY_LENGTH = 2000;

export interface TemplateDraft {
  topic: string;
  language: string;
  title: string;
  body: string;
}

/** A template the draft is compared with (to refuse duplicates). */
export interface ExistingTemplate extends TemplateDraft {
  id: string;
  source: 'official' | 'seller';
}

const sameText = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The problems of a seller template, each at its field: title and body required and within
 * their limits, the language one of `languages`, every `{name}` in the body a template variable
 * (`unknown`, with the `names`), and no duplicate among `existing` (the shop's own and the
 * official templates; the template itself, when changed, is left out by id): the same title for
 * the same topic and language among the shop's own, or the same body for the same topic and
 * language among any.
 */
export function checkTemplate(
  draft: TemplateDraft,
  options: { languages: readonly string[]; existing: readonly ExistingTemplate[]; id?: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = checkText(draft.title, MAX_TEMPLATE_TITLE_LENGTH, '/title');
  const body = checkText(draft.body, MAX_TEMPLATE_BODY_LENGTH, '/body');
  if (title) problems.push(title);
  if (!options.languages.includes(draft.language)) {
    problems.push({ pointer: '/language', code: 'invalid' });
  }
  if (body) problems.push(body);
  const unknown = placeholdersIn(draft.body).filter((name) => !isTemplateVariable(name));
  if (unknown.length > 0) problems.push({ pointer: '/body', code: 'unknown', names: unknown });
  const others = options.existing.filter(
    (template) =>
      template.id !== options.id &&
      template.topic === draft.topic &&
      template.language.toLowerCase() === draft.language.toLowerCase(),
  );
  if (
    !title &&
    others.some((template) => template.source === 'seller' && sameText(template.title, draft.title))
  ) {
    problems.push({ pointer: '/title', code: 'duplicate' });
  }
  if (!body && others.some((template) => sameText(template.body, draft.body))) {
    problems.push({ pointer: '/body', code: 'duplicate' });
  }
  return problems;
}
