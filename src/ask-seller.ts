// Importing this module defines <ask-seller> (and the internal elements it uses).
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';
import { AskSeller } from './components/ask-seller/ask-seller.js';
import { defineElement } from './components/define.js';

defineElement('ask-seller', AskSeller);

export { AskSeller };
