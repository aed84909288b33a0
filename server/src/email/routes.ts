// The email routes of the API (docs/openapi.yaml, tag `email`): a person's own preferences
// (GET and PUT /me/email-preferences) and the unsubscribe link every mail carries
// (/email/unsubscribe?token=…: POST unsubscribes at once, RFC 8058's one-click; GET shows a
// page with a button that posts, so a link scanner that follows links unsubscribes no one).
// Served by the reference server only: the in-browser mock sends no email.
import type { Hono } from 'hono';
import { bearerToken, checkBody } from '../../../src/backend/context.js';
import { claimsOrNull, type Verify } from '../auth.js';
import { jsonBodyOf, problemResponse } from '../../../src/backend/pipeline.js';
import { ProblemError, unauthenticated } from '../../../src/backend/problems.js';
import type { EmailPreferences, EmailPreferencesUpdate } from '../../../src/api/types.js';
import type { Database } from '../db.js';
import { textsFor } from './catalogue.js';
import { emailLocale, escapeHtml } from './render.js';
import { verifyUnsubscribeToken, type EmailKind, type PersonRole } from './tokens.js';

export interface EmailRouteOptions {
  db: Database;
  basePath: string;
  verify: Verify;
  /** EMAIL_SECRET; without it no unsubscribe link is valid (email is off). */
  secret?: string | undefined;
  now: () => Date;
}

const TABLES: Record<PersonRole, string> = {
  buyer: 'buyers',
  seller: 'sellers',
  platform: 'platform_agents',
};

interface Person {
  role: PersonRole;
  id: string;
  email: string | null;
  language: string | null;
}

async function findPerson(
  db: Database,
  role: PersonRole,
  id: string,
  shopId?: string,
): Promise<Person | null> {
  const [row] = await db.query<{ email: string | null; language: string | null; shop: string }>(
    `SELECT data->>'email' AS email, data->>'language' AS language,
       coalesce(data->>'shopId', '') AS shop FROM ${TABLES[role]} WHERE id = $1`,
    [id],
  );
  if (!row || (role === 'seller' && shopId !== undefined && row.shop !== shopId)) return null;
  return { role, id, email: row.email || null, language: row.language };
}

async function preferencesOf(db: Database, person: Person): Promise<EmailPreferences> {
  const [row] = await db.query<{
    new_questions: EmailPreferences['newQuestions'];
    deadline_warnings: boolean;
    answers: boolean;
  }>(
    `SELECT new_questions, deadline_warnings, answers FROM email_preferences
     WHERE role = $1 AND person_id = $2`,
    [person.role, person.id],
  );
  return {
    email: person.email,
    newQuestions: row?.new_questions ?? 'immediate',
    deadlineWarnings: row?.deadline_warnings ?? true,
    answers: row?.answers ?? true,
  };
}

async function savePreferences(
  db: Database,
  role: PersonRole,
  personId: string,
  update: Partial<EmailPreferencesUpdate>,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO email_preferences (role, person_id, new_questions, deadline_warnings, answers,
       updated_at)
     VALUES ($1, $2, coalesce($3, 'immediate'), coalesce($4, true), coalesce($5, true), $6)
     ON CONFLICT (role, person_id) DO UPDATE SET
       new_questions = coalesce($3, email_preferences.new_questions),
       deadline_warnings = coalesce($4, email_preferences.deadline_warnings),
       answers = coalesce($5, email_preferences.answers),
       updated_at = $6`,
    [
      role,
      personId,
      update.newQuestions ?? null,
      update.deadlineWarnings ?? null,
      update.answers ?? null,
      now,
    ],
  );
}

const OFF: Record<EmailKind, Partial<EmailPreferencesUpdate>> = {
  newQuestions: { newQuestions: 'off' },
  deadlineWarnings: { deadlineWarnings: false },
  answers: { answers: false },
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

function page(language: string | null, heading: string, body: string): Response {
  const locale = emailLocale(language);
  return new Response(
    `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head>` +
      `<meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<meta name="robots" content="noindex"><title>${escapeHtml(heading)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">` +
      `<h1 style="font-size:1.25rem">${escapeHtml(heading)}</h1>${body}</body></html>`,
    {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        'Referrer-Policy': 'no-referrer',
      },
    },
  );
}

const badLink = () =>
  problemResponse(
    new ProblemError(400, 'bad_request', 'This unsubscribe link is not valid.', {
      errors: [{ pointer: '/token', code: 'invalid', detail: 'Not a valid unsubscribe token.' }],
    }),
  );

function methodNotAllowed(allowed: string): Response {
  return problemResponse(
    new ProblemError(
      405,
      'bad_request',
      `This method is not allowed here; use ${allowed.replace(', ', ' or ')}.`,
      {},
      { Allow: allowed },
    ),
  );
}

export function registerEmailRoutes(app: Hono, options: EmailRouteOptions): void {
  const { db, basePath } = options;

  /** The person the request's token names, or a 401 problem. */
  const viewer = async (authorization: string | undefined): Promise<Person> => {
    const token = bearerToken(authorization);
    const claims = token ? await claimsOrNull(options.verify, token) : null;
    const person = claims ? await findPerson(db, claims.role, claims.id, claims.shopId) : null;
    if (!person) throw unauthenticated(!!token);
    return person;
  };
  const guard = async (work: () => Promise<Response>): Promise<Response> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error);
      throw error;
    }
  };

  const preferencesPath = `${basePath}/me/email-preferences`;
  app.get(preferencesPath, (c) =>
    guard(async () => json(await preferencesOf(db, await viewer(c.req.header('Authorization'))))),
  );
  app.put(preferencesPath, (c) =>
    guard(async () => {
      const person = await viewer(c.req.header('Authorization'));
      const type = (c.req.header('Content-Type') ?? '').toLowerCase();
      const body = jsonBodyOf(await c.req.text(), type, 65_536);
      checkBody(body, 'EmailPreferencesUpdate');
      await savePreferences(
        db,
        person.role,
        person.id,
        body as EmailPreferencesUpdate,
        options.now(),
      );
      return json(await preferencesOf(db, person));
    }),
  );
  app.all(preferencesPath, () => methodNotAllowed('GET, PUT'));

  const unsubscribePath = `${basePath}/email/unsubscribe`;
  app.get(unsubscribePath, async (c) => {
    const token = c.req.query('token') ?? '';
    const claim = verifyUnsubscribeToken(token, options.secret);
    if (!claim) return badLink();
    const person = await findPerson(db, claim.role, claim.personId);
    const t = textsFor(emailLocale(person?.language));
    const action = `${unsubscribePath}?token=${encodeURIComponent(token)}`;
    return page(
      person?.language ?? null,
      t.unsubscribeConfirm(),
      `<form method="post" action="${escapeHtml(action)}">` +
        `<input type="hidden" name="List-Unsubscribe" value="One-Click">` +
        `<button type="submit">${escapeHtml(t.unsubscribeButton())}</button></form>`,
    );
  });
  app.post(unsubscribePath, async (c) => {
    const claim = verifyUnsubscribeToken(c.req.query('token') ?? '', options.secret);
    if (!claim) return badLink();
    await savePreferences(db, claim.role, claim.personId, OFF[claim.kind], options.now());
    const person = await findPerson(db, claim.role, claim.personId);
    return page(
      person?.language ?? null,
      textsFor(emailLocale(person?.language)).unsubscribed(),
      '',
    );
  });
  app.all(unsubscribePath, () => methodNotAllowed('GET, POST'));
}
