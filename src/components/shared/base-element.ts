// What every element of the SDK is made of, in one place: the SDK's locale (it renders again in
// a new language, and gives its root `lang` and `dir`), the internal elements it renders
// (registered when the first one is made, as Shoelace does, so that importing the class alone
// defines no public tag), and reporting what failed to the page. The base styles (design tokens
// and controls) are in ./base-styles.ts: an element that draws no controls (the count) does not
// load them. A new element extends this class, lists its `dependencies`, and has a define
// module of its own (see src/ask-seller.ts); its folder's `<tag>.ts` is its class-only entry.
import { LitElement } from 'lit';
import { AuthError, ConfigurationError, ForbiddenError } from '../../api/errors.js';
import { LocaleController } from '../../controllers/locale.js';
import { defineDependencies } from '../define.js';
import { SqAuthRequiredEvent, SqErrorEvent, type SqErrorAction } from '../events.js';

/** Whether the error means the user must sign in (401) or lacks access (403). */
export function isAuthProblem(error: unknown): error is AuthError {
  return error instanceof AuthError || error instanceof ForbiddenError;
}

export class SqElement extends LitElement {
  /** The internal elements it renders, by tag; registered when the first one is made. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  /** The SDK's locale, for the element's root `lang` and `dir`. */
  protected readonly locale = new LocaleController(this);

  constructor() {
    super();
    defineDependencies((this.constructor as typeof SqElement).dependencies);
  }

  /**
   * Tells those who can act on a failure, once per failure (not at every render): the page
   * (`sq-error` with what was being done; `sq-auth-required` on 401/403, to sign the user in),
   * and the page's developer in the console when the element is set up wrong (a
   * `ConfigurationError`). For the element's own parts (its controllers, its lazily loaded code).
   * @internal
   */
  #logged: string | undefined;

  reportError(error: unknown, action: SqErrorAction): void {
    this.dispatchEvent(new SqErrorEvent({ error, action }));
    if (isAuthProblem(error)) {
      this.dispatchEvent(new SqAuthRequiredEvent({ status: error.status ?? 401 }));
    } else if (error instanceof ConfigurationError && error.message !== this.#logged) {
      // Once: the same mistake again (the page configured a backend meanwhile) says nothing new.
      console.error((this.#logged = error.message));
    }
  }
}
