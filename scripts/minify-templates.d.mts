/** Minifies lit's html/svg/css tagged templates in TypeScript source (see minify-templates.mjs). */
export function minifyTemplates(source: string, fileName?: string): string;
export const minifyTemplatesPlugin: { name: string; setup(build: unknown): void };
