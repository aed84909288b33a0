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
    `seller-questions: this page's Content-Security-Policy does not allow the Trusted Types policy "${SDK_POLICY}" that the elements render with, so they cannot show anything. Allow it: trusted-types ${SDK_POLICY} (add 'allow-duplicates' when the page loads lit more than once). See docs/security.md.`,
  );
}

if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', onViolation, true);
}
