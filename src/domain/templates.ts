// Response templates: `{variable}` placeholders filled from the question's context. A value
// that is missing stays visible as its placeholder, so the seller sees what to fill in; a
// placeholder the product does not know is reported rather than silently dropped.
import { templateVariableValues } from '../api/generated/enums.js';

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
