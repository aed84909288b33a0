import { css } from 'lit';

/** A button that shows and hides something (`aria-expanded`), with a chevron after its text. */
export const disclosureStyles = css`
  .disclosure::after {
    flex: none;
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    /* Room for its corners once turned. */
    margin-inline: 0.15em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  .disclosure[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
`;
