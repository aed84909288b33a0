// What an element tells a screen-reader user goes through one polite live region that is in the
// page, empty, from the first render (a region inserted with its text already in it is often not
// read). It holds the last few announcements, each a node of its own, so that two in a row are
// both read and the same words again are read again.
import { html, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export class Announcer {
  readonly #host: ReactiveControllerHost;
  #said: readonly { id: number; text: string }[] = [];
  #count = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Says `text` politely (the host renders the region with `render()`). */
  say(text: string) {
    this.#said = [...this.#said.slice(-2), { id: ++this.#count, text }];
    this.#host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">
      ${repeat(
        this.#said,
        (announcement) => announcement.id,
        (announcement) => html`<p>${announcement.text}</p>`,
      )}
    </div>`;
  }
}
