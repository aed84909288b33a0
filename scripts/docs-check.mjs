// What `npm run docs:check` refuses in the generated element docs, besides docs/theming.md being
// out of date: a nameless event (an `undefined` row), a custom property the styles read that no
// one describes (or one described that they do not read), and class JSDoc prose that ran into the
// last tag (a part or custom property whose description goes on past its one sentence).
// scripts/docs-check.test.mjs feeds it bad samples, so it cannot pass by checking nothing.

/** A description that is more than the tag's one sentence: prose after the last tag joins it. */
function runsOn(text) {
  return /\n\s*\n/.test(text) || /[.!?]\s+[A-Z(`]/.test(text) || text.length > 160;
}

/**
 * Problems in the manifest's public elements. `used` maps a tag name to the custom properties its
 * styles read (scripts/element-styles.mjs).
 */
export function manifestProblems(manifest, used) {
  const problems = [];
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);
  if (elements.length === 0) problems.push('the manifest has no custom elements');
  for (const element of elements) {
    const at = `<${element.tagName}>`;
    for (const event of element.events ?? []) {
      if (!event.name) problems.push(`${at}: an event without a name (type ${event.type?.text})`);
      else if (!event.description) problems.push(`${at}: event ${event.name} has no description`);
    }
    for (const part of element.cssParts ?? []) {
      if (!part.description) problems.push(`${at}: part ${part.name} has no description`);
      else if (runsOn(part.description))
        problems.push(`${at}: part ${part.name}'s description runs on: "${part.description}"`);
    }
    const read = used.get(element.tagName);
    if (!read) {
      problems.push(`${at}: its styles were not scanned`);
      continue;
    }
    const documented = new Map((element.cssProperties ?? []).map((p) => [p.name, p]));
    for (const name of read) {
      const property = documented.get(name);
      if (!property?.description)
        problems.push(`${at}: its styles read ${name}, which is not documented`);
    }
    for (const [name, property] of documented) {
      if (!read.has(name))
        problems.push(`${at}: ${name} is documented but its styles do not read it`);
      else if (property.description && runsOn(property.description))
        problems.push(`${at}: ${name}'s description runs on: "${property.description}"`);
    }
  }
  return problems;
}

/** Problems in generated Markdown tables: cells that say `undefined`, `null` or `[object Object]`. */
export function markdownProblems(markdown) {
  const problems = [];
  markdown.split('\n').forEach((line, index) => {
    if (!line.startsWith('|')) return;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/^`|`$/g, ''));
    if (cells.some((cell) => ['undefined', 'null', '[object Object]', 'NaN'].includes(cell)))
      problems.push(`line ${index + 1}: a table cell without a value: ${line.trim()}`);
  });
  return problems;
}
