// Importing this module defines <order-help> (and the internal elements it uses).
// Size budget: 24 kB brotli for what loads with it (`npm run size`).
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';
import { OrderHelp } from './components/order-help/order-help.js';
import { defineElement } from './components/define.js';

defineElement('order-help', OrderHelp);

export { OrderHelp };
export * from './components/events.js';
