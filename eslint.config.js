// Lint: typescript-eslint (type-aware), lit, web components and lit-a11y rules. Zero warnings is
// enforced by `npm run lint` (--max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'dist-examples/',
      'server/dist/',
      'node_modules/',
      'coverage/',
      'demo/public/mockServiceWorker.js',
      'src/api/generated/',
      'src/i18n/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'Components and rules never call fetch; go through the api/ client.',
        },
      ],
    },
  },
  // Layer rules (docs/architecture.md): the pure rules know nothing of lit, elements, controllers
  // or the client (only the wire contract's generated enums); the elements never reach into the
  // mock or the backend's behaviour (only through the client); the client and the backend's
  // behaviour run without lit, and the backend knows no element.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
              message: 'src/domain is pure: no lit.',
            },
            {
              group: ['**/components/*', '**/controllers/*', '**/api/*.js'],
              message:
                'src/domain imports no elements, controllers or client (the generated enums of the wire contract are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks', '**/mocks/*', '**/backend/*'],
              message:
                'Elements reach the backend through the api/ client only, never src/mocks or src/backend.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
              message: 'The client runs without lit.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'lit',
                'lit/*',
                '@lit/*',
                '@lit-labs/*',
                '**/components/*',
                '**/controllers/*',
              ],
              message: 'The backend runs in the server too: no lit, no elements, no controllers.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reference server runs on Node.
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // node:test's describe() and it() return promises the runner itself awaits.
    files: ['server/test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // The rule is for the SDK: the demo, the server, the Node scripts (benchmarks) and an
    // example's stand-in for a host's sign-in may fetch.
    files: [
      'src/api/transport.ts',
      'demo/**/*.ts',
      'scripts/**/*.mjs',
      'server/**/*.ts',
      'examples/vite-storefront/start.js',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/components/**/*.ts', 'src/controllers/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'src/controllers/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'demo/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) read as unused expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a Promise, which makes
      // this rule flag each assertion. The checks that really are async must be awaited:
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible|isNotAccessible)$/]',
          message: 'Await the accessibility check: `await expect(el).to.be.accessible()`.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
);
