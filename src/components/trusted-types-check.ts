// lit creates one Trusted Types policy, `lit-html`, when it loads. A page whose
// Content-Security-Policy restricts policy names without allowing that one (`trusted-types
// 'none'`, or a list without it) makes lit fail as it loads and leaves the elements blank, with
// only the browser's terse report. This module has no imports, so it is evaluated before lit,
// and says what to change, once.
const SDK_POLICY = 'lit-html';
let reported = false;

function onViolation(event: SecurityPolicyViolationEvent) {
  if (reported || event.effectiveDirective !== 'trusted-types') return;
  if (event.sample !== SDK_POLICY && !event.sample.startsWith(`${SDK_POLICY} `)) return;
  reported = true;
  document.removeEventListener('securitypolicyviolation', onViolation, true);
  console.error(
    `seller-questions: the page's Content-Security-Policy blocks the Trusted Types policy the elements render with. Allow it: trusted-types ${SDK_POLICY} (with 'allow-duplicates' if lit loads twice). See docs/security.md.`,
  );
}

if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', onViolation, true);
}
