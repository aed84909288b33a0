// custom-elements.json: every public element's attributes, properties, events, slots, CSS parts
// and custom properties, read from the class JSDoc. Internal sq-* elements are left out. An
// element's custom properties are those its styles read (scripts/element-styles.mjs scans them);
// each is described by the element's `@cssproperty` tag or else by its design token in
// src/styles/tokens.ts (the comment on the token's line), so a token is written once.
// `npm run docs:check` fails when a property read has no description (scripts/docs-check.mjs).
import { customPropertiesUsed, designTokens } from './scripts/element-styles.mjs';
import { publicElements } from './scripts/public-elements.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: [
    'src/components/**/*.styles.ts',
    'src/components/shared/**',
    'src/components/**/internal/**',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'public-elements-only',
      packageLinkPhase({ customElementsManifest }) {
        // The public elements, from their define modules (scripts/public-elements.mjs).
        const publicClasses = new Map(
          publicElements().map(({ tag, className }) => [className, tag]),
        );
        for (const module of customElementsManifest.modules) {
          module.declarations = (module.declarations ?? []).filter((declaration) => {
            if (declaration.kind !== 'class' || !publicClasses.has(declaration.name)) return false;
            declaration.customElement = true;
            const documented = new Map(
              (declaration.cssProperties ?? []).map((token) => [token.name, token]),
            );
            const tokens = new Map(designTokens().map((token) => [token.name, token]));
            // What the styles read, plus what the JSDoc names (the check reports any it does not read).
            const names = new Set([
              ...customPropertiesUsed(module.path).keys(),
              ...documented.keys(),
            ]);
            declaration.cssProperties = [...names]
              .map((name) => ({ name, ...tokens.get(name), ...documented.get(name) }))
              .sort((a, b) => a.name.localeCompare(b.name));
            // The analyzer also lists a dispatch whose name it cannot read (`new SqQuestionSubmitEvent(…)`):
            // a nameless event. Every event is in the JSDoc (`@event`) by name.
            declaration.events = (declaration.events ?? []).filter((event) => event.name);
            declaration.tagName = publicClasses.get(declaration.name);
            // Private (#) and internal members are not part of the contract.
            declaration.members = (declaration.members ?? []).filter(
              (member) =>
                member.privacy !== 'private' &&
                !member.name.startsWith('#') &&
                member.static !== true,
            );
            return true;
          });
          module.exports = (module.exports ?? []).filter((entry) =>
            module.declarations.some((declaration) => declaration.name === entry.declaration?.name),
          );
        }
        customElementsManifest.modules = customElementsManifest.modules.filter(
          (module) => module.declarations.length > 0,
        );
      },
    },
  ],
};
