// The styles every element with controls starts from: the design tokens and the controls
// (buttons, fields, notices). `static override styles = [...baseStyles, ownStyles]`.
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';

export const baseStyles = [tokens, controls] as const;
