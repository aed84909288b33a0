// Importing this module defines <ask-seller> (and the internal elements it uses).
import { AskSeller } from './components/ask-seller/ask-seller.js';
import { defineElement } from './components/define.js';

defineElement('ask-seller', AskSeller);

export { AskSeller };
