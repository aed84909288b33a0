// What the inbox shows to be seen and heard: the open row is marked as open when it is late too
// (WCAG 1.4.11), the edges of its fields stand 3:1 against their background in light and dark
// (1.4.11), and the performance heading names only the figures, its Export beside it (1.3.1).
import { expect } from '@open-wc/testing';
import { useMockBackend } from '../../support/backend.js';
import { waitFor } from '../../support/elements.js';
import {
  clearInboxDrafts,
  listOf,
  mountInbox,
  openQuestion,
  performanceOf,
  rowsOf,
} from '../../support/inbox.js';

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((value) => {
        const c = Number(value) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('<seller-question-inbox>: marks', () => {
  beforeEach(async () => {
    clearInboxDrafts();
    await useMockBackend();
  });

  it('marks the open row with the accent edge, a late one too', async () => {
    const el = await mountInbox();
    const rows = await rowsOf(el);
    const late = rows.filter((row) => row.dataset['urgency'] === 'late');
    expect(late.length, 'late rows in the seed').to.be.at.least(2);
    const list = await listOf(el);
    // The element's accent and danger colours, as its styles resolve them.
    const resolved = (color: string) => {
      const probe = document.createElement('span');
      probe.style.color = color;
      list.shadowRoot!.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    const edge = (row: HTMLElement) => getComputedStyle(row).borderInlineStartColor;
    expect(edge(late[1]!)).to.equal(resolved('var(--_danger)'));

    await openQuestion(el, late[0]!.id.replace('row-', ''));
    const open = () => list.shadowRoot!.querySelector<HTMLElement>('[aria-selected=true]');
    await waitFor(() => open()?.id === late[0]!.id, 'the late row open');
    expect(edge(open()!), 'the open late row').to.equal(resolved('var(--_accent)'));
    // The other late rows keep their edge.
    expect(edge(late[1]!)).to.equal(resolved('var(--_danger)'));
  });

  it("stands its fields' edges 3:1 against their background, light and dark", async () => {
    const el = await mountInbox();
    await rowsOf(el);
    const list = await listOf(el);
    const search = () => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]');
    await waitFor(search, 'the search field');
    for (const scheme of ['light', 'dark']) {
      el.style.setProperty('--sq-color-scheme', scheme);
      const field = getComputedStyle(search()!);
      const ratio = contrast(field.borderTopColor, field.backgroundColor);
      expect(
        ratio,
        `${scheme}: ${field.borderTopColor} on ${field.backgroundColor}`,
      ).to.be.at.least(3);
    }
  });

  it('names the performance heading by its figures, with Export beside it', async () => {
    const el = await mountInbox();
    const performance = await performanceOf(el);
    const root = performance.shadowRoot!;
    await waitFor(() => root.querySelector('[part=export]'), 'the Export button');
    const exportButton = root.querySelector('[part=export]')!;
    const heading = root.querySelector('h2')!;
    expect(heading.contains(exportButton)).to.be.false;
    expect(heading.textContent).to.not.include('Export');
    expect(heading.textContent).to.include('Customer service performance');
    expect(performance.shadowRoot!.querySelector('[aria-labelledby=performance-title]')).to.exist;
  });
});
