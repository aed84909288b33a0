// The code that each element's first view loads on demand (beyond its own module and what that
// imports), by name, and the module each name stands for. The head start preloads it in a page
// (head-start.ts, with the files the CDN build names: src/cdn-start.ts); the library build
// writes where it went in dist/ (dist/first-view.json, vite.config.ts), from which the bundler
// plugin (tools/vite-plugin.mjs) preloads the chunks a bundler made of it. No imports: the
// build configuration reads it too.

/** The modules a first view loads on demand, by name (paths from the package's root). */
export const CODE_MODULES = {
  'inbox-header': 'src/components/seller-question-inbox/performance.ts',
  'issue-picker': 'src/components/order-help/issue-picker.ts',
  'response-schemas': 'src/api/generated/response-schemas.ts',
} as const;

export type Code = keyof typeof CODE_MODULES;

/**
 * Each element's first-view code, in the order the view wants it: `<order-help>` checks the
 * order with the schemas, then shows the issue picker (its chunk also writes the order's date and
 * prices without Intl); the inbox checks its rows with them and shows them under its header.
 */
export const FIRST_VIEW_CODE = {
  'ask-seller': [],
  'order-help': ['response-schemas', 'issue-picker'],
  'seller-question-inbox': ['response-schemas', 'inbox-header'],
} as const satisfies Readonly<Record<string, readonly Code[]>>;
