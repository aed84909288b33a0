// Pure domain rules: no lit, no fetch, no DOM.
export * from './taxonomy.js';
export * from './money.js';
export * from './routing.js';
export * from './response-clock.js';
export * from './question-order.js';
export * from './question-search.js';
export * from './metrics.js';
export * from './templates.js';
export * from './attachments.js';
export * from './validation.js';
export * from './address.js';
export * from './item-selection.js';
export * from './order-issues.js';
export * from './question-state.js';
export * from './no-response.js';
