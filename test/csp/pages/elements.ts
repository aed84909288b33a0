// The page behind test/csp/csp.test.ts, served with the strict policy: it starts the mock
// backend, lets the three elements render and do their main job (send a question with a photo,
// show an order's issues, open a question in the inbox), then tries a few things the policy
// forbids. It posts the parent what rendered and every `securitypolicyviolation` it saw.
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { OrderHelp } from '../../../src/order-help.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';

export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

export interface CspPageReport {
  /** What each element showed, or the error that stopped the page. */
  rendered: {
    askSeller: string;
    questionSent: boolean;
    photoPreview: string;
    orderHelpIssues: number;
    inboxRows: number;
    inboxConversation: string;
  } | null;
  error: string | null;
  /** Where the error happened: starting the mock backend (the harness) or with the elements. */
  failedAt: 'mock-backend' | 'elements' | null;
  /** Violations while the SDK loaded, rendered and sent. */
  violations: Violation[];
  /** Forbidden things the page tried after that, each with what it caused. */
  probes: { name: string; threw: boolean; violations: Violation[] }[];
}

/** The part of the Trusted Types API this page uses (TypeScript's DOM types lack it). */
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string | null }): object;
}

// Listen before anything else runs: the SDK is imported below, dynamically.
let seen: Violation[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    seen.push({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  },
  true,
);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, find: () => T | null | undefined | false): Promise<T> {
  const deadline = performance.now() + 10000;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await pause(25);
  }
}

let stage: 'mock-backend' | 'elements' = 'mock-backend';

const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function run(): Promise<CspPageReport['rendered']> {
  const [{ configure, createClient }, mocks, { setupWorker }, { samplePhoto }] = await Promise.all([
    import('../../../src/index.js'),
    import('../../../src/mocks/index.js'),
    import('msw/browser'),
    import('../../../src/mocks/pictures.js'),
  ]);
  const backend = mocks.createMockBackend({ baseUrl: '/api/v1' });
  const worker = setupWorker(...backend.handlers);
  // Registering a service worker is a Trusted Types sink: under `require-trusted-types-for`
  // a plain string URL is refused. msw turns the URL it is given into a string before it
  // registers, so a TrustedScriptURL cannot get through it; a default policy that lets through
  // exactly the mock worker's script URL does. It has no createHTML or createScript, so every
  // other sink stays refused (the probes below show it).
  const workerUrl = new URL('/mockServiceWorker.js', location.href).href;
  (globalThis as unknown as { trustedTypes: TrustedTypes }).trustedTypes.createPolicy('default', {
    createScriptURL: (url) => (new URL(url, location.href).href === workerUrl ? url : null),
  });
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  stage = 'elements';

  configure({ apiBase: '/api/v1', getToken: () => mocks.MOCK_TOKENS.buyer('b-anna') });
  const inbox = document.querySelector<SellerQuestionInbox>('seller-question-inbox')!;
  // Set before the element is defined; it takes the property over when it upgrades.
  inbox.client = createClient({ baseUrl: '/api/v1', getToken: () => mocks.MOCK_TOKENS.seller });
  inbox.style.setProperty('--sq-inbox-block-size', '700px');
  await Promise.all([
    import('../../../src/ask-seller.js'),
    import('../../../src/order-help.js'),
    import('../../../src/seller-question-inbox.js'),
  ]);

  // <ask-seller>: the product, then a question with a photo.
  const ask = document.querySelector<AskSeller>('ask-seller')!;
  const composer = await until('the ask-seller composer', () =>
    ask.shadowRoot?.querySelector<SqComposer>('sq-composer'),
  );
  await until('the product', () => text(ask.shadowRoot).includes('About:'));
  const askSeller = text(ask.shadowRoot);
  await customElements.whenDefined('sq-conversations');
  ask.shadowRoot!.querySelector<HTMLInputElement>('input[name=subject][value="size"]')!.click();
  await ask.updateComplete;
  const textarea = await until('the textarea', () =>
    composer.shadowRoot?.querySelector('textarea'),
  );
  textarea.value = 'Do they run true to size?';
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const files = new DataTransfer();
  files.items.add(new File([samplePhoto(2)], 'foot.png', { type: 'image/png' }));
  const fileInput = composer.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  fileInput.files = files.files;
  fileInput.dispatchEvent(new Event('change'));
  const preview = await until('the photo preview', () =>
    composer.shadowRoot?.querySelector<HTMLImageElement>('[part=attachment][data-status=done] img'),
  );
  const photoPreview = new URL(preview.src).protocol;
  const created = new Promise<boolean>((resolve) => {
    ask.addEventListener('sq-question-created', () => {
      resolve(true);
    });
  });
  [...composer.shadowRoot!.querySelectorAll('button')]
    .find((button) => button.textContent.includes('Send question'))!
    .click();
  const questionSent = await Promise.race([created, pause(8000).then(() => false)]);

  // <order-help>: the order and the issues that fit it.
  const help = document.querySelector<OrderHelp>('order-help')!;
  const picker = await until('the order-help issue picker', () =>
    help.shadowRoot?.querySelector('[part~=issue-picker]'),
  );
  const orderHelpIssues = picker.querySelectorAll('input[name=topic]').length;

  // <seller-question-inbox>: the list, then a question opened.
  const list = await until('the inbox list', () =>
    inbox.shadowRoot?.querySelector('sq-inbox-list'),
  );
  // The list renders the rows in view (it is virtualized); the inbox is below the others.
  inbox.scrollIntoView();
  await until('inbox rows', () => list.shadowRoot?.querySelector('[role=option]'));
  const inboxRows = list.shadowRoot!.querySelectorAll('[role=option]').length;
  inbox.questionId = 'q-006';
  const conversation = await until('the conversation', () =>
    inbox.shadowRoot?.querySelector('sq-inbox-conversation'),
  );
  const title = await until('the conversation title', () =>
    conversation.shadowRoot?.querySelector('#conversation-title'),
  );
  await pause(300); // let images and lazily loaded parts settle, so their violations arrive
  return {
    askSeller,
    questionSent,
    photoPreview,
    orderHelpIssues,
    inboxRows,
    inboxConversation: text(title),
  };
}

/** Things the policy forbids, tried one by one, so the test cannot pass without a policy. */
async function probe(name: string, attempt: () => void) {
  seen = [];
  let threw = false;
  try {
    attempt();
  } catch {
    threw = true;
  }
  await pause(100); // violation events are queued as tasks
  return { name, threw, violations: seen };
}

const report: CspPageReport = {
  rendered: null,
  error: null,
  failedAt: null,
  violations: [],
  probes: [],
};
try {
  report.rendered = await run();
} catch (error) {
  report.failedAt = stage;
  report.error = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
report.violations = seen;
const sandbox = document.createElement('div');
document.body.append(sandbox);
report.probes = [
  await probe('inline event handler', () => {
    sandbox.setAttribute('onclick', 'void 0');
  }),
  await probe('innerHTML with a string', () => {
    sandbox.innerHTML = '<b>bold</b>';
  }),
  await probe('eval', () => {
    (0, eval)('1 + 1');
  }),
  await probe('inline style element', () => {
    const style = document.createElement('style');
    style.textContent = 'main { color: red }';
    document.head.append(style);
  }),
];
parent.postMessage({ type: 'csp-report', report }, location.origin);
