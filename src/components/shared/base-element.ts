// What every public element of the SDK is made of, in one place: the SDK's locale (it renders
// again in a new language, and gives its root `lang` and `dir`), the internal elements it
// renders (registered when the first one is made, as Shoelace does, so that importing the class
// alone defines no public tag), and reporting what failed to the page. The base styles (design
// tokens and controls) are in ./base-styles.ts: an element that draws no controls (the count)
// does not load them. A new element extends this class, lists its `dependencies`, and has a
// define module of its own (see src/ask-seller.ts).
import { LitElement } from 'lit';
import { LocaleController } from '../../controllers/locale.js';
import { defineDependencies } from '../define.js';
import type { SqErrorAction } from '../events.js';
import { reportError } from './report-error.js';

export class SqElement extends LitElement {
  /** The internal elements it renders, by tag; registered when the first one is made. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  /** The SDK's locale, for the element's root `lang` and `dir`. */
  protected readonly locale = new LocaleController(this);

  constructor() {
    super();
    defineDependencies((this.constructor as typeof SqElement).dependencies);
  }

  /** Tells the page what failed: `sq-error`, and `sq-auth-required` on 401/403. */
  protected reportError(error: unknown, action: SqErrorAction): void {
    reportError(this, error, action);
  }
}
