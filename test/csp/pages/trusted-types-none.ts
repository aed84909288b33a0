// The page behind the "no lit-html policy" test: it records what the console says while the
// SDK loads under a policy that allows no Trusted Types policy, and posts it to the parent.
export interface NoPolicyReport {
  /** Every console.error, as text. */
  errors: string[];
  /** Why importing the element failed, if it did. */
  importError: string | null;
}

const errors: string[] = [];
const original = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  original(...args);
};

let importError: string | null = null;
try {
  await import('../../../src/ask-seller.js');
} catch (error) {
  importError = String(error);
}
// The browser reports the violation in a task of its own; give it a moment (no element can
// render here, so there is nothing else to wait for).
const deadline = performance.now() + 3000;
while (
  !errors.some((error) => error.includes('seller-questions')) &&
  performance.now() < deadline
) {
  await new Promise((resolve) => setTimeout(resolve, 25));
}
const report: NoPolicyReport = { errors, importError };
parent.postMessage({ type: 'no-policy-report', report }, location.origin);
