// Re-renders the host when the SDK's locale changes; starts following <html lang>.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  followDocumentLanguage,
  getLocale,
  isRtl,
  LOCALE_CHANGED_EVENT,
} from '../i18n/localize.js';

export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => {
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get locale() {
    return getLocale();
  }

  /** `rtl` or `ltr`, for the element's base `dir`. */
  get dir(): 'rtl' | 'ltr' {
    return isRtl() ? 'rtl' : 'ltr';
  }

  hostConnected() {
    followDocumentLanguage();
    globalThis.addEventListener(LOCALE_CHANGED_EVENT, this.#onChange);
  }

  hostDisconnected() {
    globalThis.removeEventListener(LOCALE_CHANGED_EVENT, this.#onChange);
  }
}
