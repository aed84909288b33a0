// Importing this module defines <order-help> (and the internal elements it uses).
import { OrderHelp } from './components/order-help/order-help.js';
import { defineElement } from './components/define.js';

defineElement('order-help', OrderHelp);

export { OrderHelp };
export * from './components/events.js';
