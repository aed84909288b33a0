import { configure, setLocale } from '../src/index.js';
import { API_BASE, startDemoBackend } from './backend.js';
import { applyDemoTheme, demoLocale, setDemoLocale } from './i18n.js';

// The language chosen in the demo (or ?lang=), for the element and the page.
const locale = demoLocale();
setDemoLocale(locale, 'productPage');
applyDemoTheme();
await setLocale(locale);

const backend = await startDemoBackend();
configure({ apiBase: API_BASE, getToken: backend.buyerToken('b-anna') });
await import('../src/ask-seller.js');
