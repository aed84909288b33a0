// Problem details (RFC 9457) raised by the mock's operations and turned into responses by the
// handlers.
import type { FieldError, Problem, ProblemCode } from '../api/types.js';
import { TEMPLATE_VARIABLES } from '../domain/templates.js';
import type { FieldProblem } from '../domain/validation.js';

const TITLES: Record<ProblemCode, string> = {
  bad_request: 'Bad request',
  idempotency_key_missing: 'Idempotency key missing',
  idempotency_key_reused: 'Idempotency key reused',
  unauthenticated: 'Not signed in',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  version_conflict: 'Changed meanwhile',
  invalid_state: 'Not allowed in this state',
  already_rated: 'Already rated',
  validation_failed: 'Validation failed',
  file_too_large: 'File too large',
  unsupported_type: 'Unsupported file type',
  rate_limited: 'Too many requests',
  cursor_expired: 'Cursor expired',
  translation_unavailable: 'Translation unavailable',
  server_error: 'Server error',
  unavailable: 'Service unavailable',
};

export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ProblemCode,
    detail: string,
    extra: Partial<Problem> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.problem = {
      type: `https://seller-questions.dev/problems/${code.replaceAll('_', '-')}`,
      title: TITLES[code],
      status,
      code,
      detail,
      ...extra,
    };
    this.headers = headers;
  }
}

const FIELD_DETAILS: Record<FieldProblem['code'], (limit?: number) => string> = {
  required: () => 'This is required.',
  too_long: (limit) => `At most ${limit} characters.`,
  too_many: (limit) => `At most ${limit}.`,
  too_large: (limit) => `At most ${limit} bytes.`,
  unsupported_type: () => 'Not an allowed type.',
  invalid: () => 'This is not valid.',
  not_allowed: () => 'This is not allowed here.',
  exceeds_ordered: (limit) => `At most ${limit} (the quantity that can still be claimed).`,
  unknown: () => 'Unknown.',
  duplicate: () => 'There is one like it already.',
};

/** The detail of an unknown template variable: which ones, and the ones to use instead. */
function unknownVariables(names: readonly string[]): string {
  const known = TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(', ');
  const listed = names.map((name) => `{${name}}`).join(', ');
  return `Unknown variable${names.length > 1 ? 's' : ''} ${listed}. Use ${known}.`;
}

export function toFieldError(problem: FieldProblem): FieldError {
  return {
    pointer: problem.pointer,
    code: problem.code,
    detail:
      problem.detail ??
      (problem.code === 'unknown' && problem.names
        ? unknownVariables(problem.names)
        : FIELD_DETAILS[problem.code](problem.limit)),
  };
}

/** 422 listing every field problem; does nothing when there are none. */
export function assertValid(problems: readonly (FieldProblem | null)[]): void {
  const errors = problems.filter((problem): problem is FieldProblem => problem !== null);
  if (errors.length === 0) return;
  throw new ProblemError(422, 'validation_failed', 'Some fields are not valid.', {
    errors: errors.map(toFieldError),
  });
}

/**
 * A token the backend refuses, and why (`reason`, for the 401's detail: "it has expired", "its
 * aud claim is not the one this backend takes"): what the token's holder may know of their own
 * token, never the secret or the expected values.
 */
export class TokenRefused extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`The token was refused: ${reason}.`);
    this.name = 'TokenRefused';
    this.reason = reason;
  }
}

/**
 * 401: no token, or one that is refused, saying why when known. Says which scheme the API takes,
 * as HTTP asks of a 401 (RFC 9110 §11.6.1; RFC 6750 §3 for a token that was sent).
 */
export const unauthenticated = (tokenSent: boolean, reason = 'it is not valid') =>
  new ProblemError(
    401,
    'unauthenticated',
    tokenSent ? `The token was refused: ${reason}.` : 'Sign in first: no token was sent.',
    {},
    { 'WWW-Authenticate': tokenSent ? 'Bearer error="invalid_token"' : 'Bearer' },
  );

/**
 * The 401 for a valid token that names no one the backend knows; for a buyer's token with
 * claims to add them by (`Claims.profile`), `why` they could not be added.
 */
export class UnknownViewer extends ProblemError {
  constructor(why?: string) {
    const refused = unauthenticated(
      true,
      why
        ? `it names a buyer this backend does not know yet, and ${why}`
        : "it names no buyer, seller or agent this backend knows (people are imported before their first token is used; buyers are also added from their token's name and country claims)",
    );
    super(refused.problem.status, refused.problem.code, refused.message, {}, refused.headers);
    this.name = 'UnknownViewer';
  }
}

export const unknownViewer = (why?: string) => new UnknownViewer(why);

export const notFound = (what: string) => new ProblemError(404, 'not_found', `${what} not found.`);
export const forbidden = (detail: string) => new ProblemError(403, 'forbidden', detail);
export const invalidState = (detail: string) => new ProblemError(409, 'invalid_state', detail);
