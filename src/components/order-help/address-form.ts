// The new delivery address, prefilled with the order's, each field with its autofill hint and
// its own error.
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { checkAddress, type AddressInput } from '../../domain/address.js';
import { LocaleController } from '../../controllers/locale.js';
import { countryName } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { ADDRESS_FIELDS, type AddressField } from './issue-input.js';

/** Internal event (not composed): a field changed. */
export class AddressChangeEvent extends Event {
  readonly detail: { address: AddressInput };
  constructor(address: AddressInput) {
    super('sq-address-change', { bubbles: true });
    this.detail = { address };
  }
}

const AUTOCOMPLETE: Record<AddressField, string> = {
  name: 'shipping name',
  line1: 'shipping address-line1',
  line2: 'shipping address-line2',
  postalCode: 'shipping postal-code',
  city: 'shipping address-level2',
  region: 'shipping address-level1',
  country: 'shipping country',
  phone: 'shipping tel',
};

/** The fields the address cannot be sent without: the ones the rule finds missing in an empty one. */
const REQUIRED = new Set(
  checkAddress({}, '')
    .filter((problem) => problem.code === 'required')
    .map((problem) => problem.pointer.slice(1)),
);

function fieldLabel(field: AddressField): string {
  switch (field) {
    case 'name':
      return msg('Full name', { id: 'address.name' });
    case 'line1':
      return msg('Street and house number', { id: 'address.line1' });
    case 'line2':
      return msg('Apartment, floor, c/o (optional)', { id: 'address.line2' });
    case 'postalCode':
      return msg('Postal code', { id: 'address.postal_code' });
    case 'city':
      return msg('City', { id: 'address.city' });
    case 'region':
      return msg('Region or state (optional)', { id: 'address.region' });
    case 'country':
      return msg('Country', { id: 'address.country' });
    case 'phone':
      return msg('Phone for the courier (optional)', { id: 'address.phone' });
  }
}

/**
 * @summary Internal: a delivery address form.
 * @csspart address-form - The fields' box.
 * @csspart address-field - One field with its label.
 * @csspart field-error - An error under a field or the form.
 */
export class SqAddressForm extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      fieldset {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: var(--_space) calc(var(--_space) * 1.5);
      }
      legend {
        margin-block-end: var(--_space);
      }
      .field {
        align-content: start;
      }
      .wide {
        grid-column: 1 / -1;
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) value: AddressInput = {};
  /** Errors by field name; `form` for the address as a whole. */
  @property({ attribute: false }) errors: Readonly<Record<string, string>> = {};
  /** The countries to choose from (ISO codes). */
  @property({ attribute: false }) countries: readonly string[] = [];
  @property() legend = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Moves focus to the first field with an error. */
  focusFirstError() {
    const field = ADDRESS_FIELDS.find((name) => this.errors[name]) ?? 'name';
    this.shadowRoot?.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  #change(field: AddressField, value: string) {
    this.value = { ...this.value, [field]: value };
    this.dispatchEvent(new AddressChangeEvent(this.value));
  }

  protected override render() {
    const formError = this.errors['form'];
    return html`<fieldset
      part="address-form"
      aria-describedby=${formError ? 'form-error' : nothing}
    >
      <legend>${this.legend}</legend>
      ${ADDRESS_FIELDS.map((field) => this.#renderField(field))}
      ${
        formError
          ? html`<p id="form-error" class="field-error wide" part="field-error" role="alert">
              ${formError}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  #renderField(field: AddressField) {
    const error = this.errors[field];
    const value = this.value[field] ?? '';
    const common = {
      invalid: error ? 'true' : 'false',
      required: REQUIRED.has(field) ? 'true' : 'false',
      describedby: error ? `${field}-error` : nothing,
    };
    const onInput = (event: Event) => {
      this.#change(field, (event.target as HTMLInputElement | HTMLSelectElement).value);
    };
    const countries = [...new Set([value, ...this.countries].filter(Boolean))]
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return html`<div
      class="field ${field === 'name' || field === 'line1' || field === 'line2' ? 'wide' : ''}"
      part="address-field"
    >
      <label for=${field}>${fieldLabel(field)}</label>
      ${
        field === 'country'
          ? html`<select
              id=${field}
              autocomplete=${AUTOCOMPLETE[field]}
              aria-required=${common.required}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedby}
              @change=${onInput}
            >
              <option value="" ?selected=${!value}>
                ${msg('Choose…', { id: 'address.choose' })}
              </option>
              ${countries.map(
                ({ code, name }) =>
                  html`<option value=${code} ?selected=${code === value}>${name}</option>`,
              )}
            </select>`
          : html`<input
              id=${field}
              type=${field === 'phone' ? 'tel' : 'text'}
              autocomplete=${AUTOCOMPLETE[field]}
              .value=${value}
              aria-required=${common.required}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedby}
              @input=${onInput}
            />`
      }
      ${
        error
          ? html`<span id=${`${field}-error`} class="field-error" part="field-error"
              >${error}</span
            >`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-address-form': SqAddressForm;
  }
}
