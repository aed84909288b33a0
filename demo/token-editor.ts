// A live token editor: every design token the elements read, taken from the tokens stylesheet
// itself (so the list is never typed twice). Values apply to the whole page at once.
import { html } from 'lit';
import { tokens } from '../src/styles/tokens.js';

const names = [
  ...new Set([...tokens.cssText.matchAll(/var\(\s*(--sq-[\w-]+)/g)].map((match) => match[1]!)),
];
const edits = new Map<string, string>(
  Object.entries(
    JSON.parse(localStorage.getItem('sq-demo:tokens') ?? '{}') as Record<string, string>,
  ),
);

function apply() {
  const root = document.documentElement;
  for (const name of names) {
    const value = edits.get(name);
    if (value) root.style.setProperty(name, value);
    else root.style.removeProperty(name);
  }
  localStorage.setItem('sq-demo:tokens', JSON.stringify(Object.fromEntries(edits)));
}
apply();

export function renderTokenEditor(update: () => void) {
  return html`
    <section class="token-editor" aria-labelledby="token-editor-title">
      <h2 id="token-editor-title">Design tokens</h2>
      <p class="hint">
        Any CSS value: <code>#0f766e</code>, <code>light-dark(#fff, #111)</code>, <code>0</code>,
        <code>Georgia, serif</code>. Empty keeps the default or the theme's.
      </p>
      <div class="tokens">
        ${names.map(
          (name) => html`
            <label>
              <code>${name}</code>
              <input
                type="text"
                .value=${edits.get(name) ?? ''}
                placeholder="default"
                @change=${(event: Event) => {
                  const value = (event.target as HTMLInputElement).value.trim();
                  if (value) edits.set(name, value);
                  else edits.delete(name);
                  apply();
                }}
              />
            </label>
          `,
        )}
      </div>
      <button
        type="button"
        @click=${() => {
          edits.clear();
          apply();
          update();
        }}
      >
        Clear all
      </button>
    </section>
  `;
}
