// custom-elements.json: every public element's attributes, properties, events, slots, CSS parts
// and custom properties, read from the class JSDoc. Internal sq-* elements are left out. Every
// element takes every design token (<seller-question-count> only those its JSDoc names); they are read from src/styles/tokens.ts (the comment on a
// token's line is its description), so they are written once.
import { readFileSync } from 'node:fs';

function designTokens() {
  const source = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8');
  const tokens = [];
  const pattern = /var\(\s*(--sq-[\w-]+),\s*([\s\S]+?)\s*\);\s*\/\*\s*([\s\S]+?)\s*\*\//g;
  const tidy = (text) => text.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')');
  for (const match of source.matchAll(pattern)) {
    tokens.push({ name: match[1], default: tidy(match[2]), description: tidy(match[3]) });
  }
  return tokens;
}

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
        const publicTags = new Set([
          'ask-seller',
          'order-help',
          'seller-question-inbox',
          'seller-question-count',
        ]);
        const publicClasses = new Map([
          ['AskSeller', 'ask-seller'],
          ['OrderHelp', 'order-help'],
          ['SellerQuestionInbox', 'seller-question-inbox'],
          ['SellerQuestionCount', 'seller-question-count'],
        ]);
        for (const module of customElementsManifest.modules) {
          module.declarations = (module.declarations ?? []).filter((declaration) => {
            if (declaration.kind !== 'class' || !publicClasses.has(declaration.name)) return false;
            declaration.customElement = true;
            const documented = new Map(
              (declaration.cssProperties ?? []).map((token) => [token.name, token]),
            );
            // The badge reads only the few tokens it names; every other element reads them all.
            const tokensRead = designTokens().filter(
              (token) => declaration.name !== 'SellerQuestionCount' || documented.has(token.name),
            );
            for (const token of tokensRead) {
              documented.set(token.name, { ...token, ...documented.get(token.name) });
            }
            declaration.cssProperties = [...documented.values()].sort((a, b) =>
              a.name.localeCompare(b.name),
            );
            declaration.tagName = publicClasses.get(declaration.name);
            // Private (#) and internal members are not part of the contract.
            declaration.members = (declaration.members ?? []).filter(
              (member) =>
                member.privacy !== 'private' &&
                !member.name.startsWith('#') &&
                member.static !== true,
            );
            return publicTags.has(declaration.tagName);
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
