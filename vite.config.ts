// `npm start`: the demo (demo/) on the mock backend in the browser. `npm run build`: the library,
// one ES module per public entry, lit and msw left to the consumer's bundler.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: here('./demo'),
        publicDir: here('./demo/public'),
        server: { fs: { allow: [here('.')] } },
      }
    : {
        publicDir: false,
        build: {
          outDir: here('./dist'),
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          lib: {
            entry: {
              index: here('./src/index.ts'),
              mocks: here('./src/mocks/index.ts'),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^msw($|\/)/],
          },
        },
      },
);
