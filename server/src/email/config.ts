// Email's settings from the environment (docs/server.md, "Email"). Without an SMTP server
// email is off; with one, the sender, the secret that signs unsubscribe links and the server's
// public URL (the links' base) are required, so a half-configured server fails at start rather
// than sending mails with broken links.
import { wholeFromEnv, type Env } from '../env.js';

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…`, or the parts. */
  url?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
  secure?: boolean | undefined;
  user?: string | undefined;
  pass?: string | undefined;
}

export interface EmailSettings {
  smtp: SmtpSettings;
  /** The From header: `Marketplace <no-reply@market.example>`. */
  from: string;
  /** Signs unsubscribe links (HMAC-SHA256). */
  secret: string;
  /** The server's public origin (and path prefix, if a proxy adds one), before BASE_PATH. */
  publicUrl: string;
  /** The buyer's link for shops whose catalogue entry has no `questionUrl`. */
  questionUrl?: string | undefined;
  /** The seller's link to a question (their back office); none when unset. */
  sellerUrl?: string | undefined;
  /** How often the outbox is worked, in milliseconds. */
  intervalMs: number;
  /** A mail the SMTP server keeps refusing is given up after this many hours. */
  giveUpHours: number;
  /** The hour (UTC) the daily digest of new questions goes out. */
  digestHour: number;
}

export const LINK_PLACEHOLDERS = ['questionId', 'orderId', 'productId', 'shopId'] as const;

/** Checks a link template: an http(s) URL whose `{…}` are known placeholders. */
export function checkLinkTemplate(template: string, name: string): string {
  const probe = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(LINK_PLACEHOLDERS as readonly string[]).includes(key)) {
      throw new Error(
        `${name}: unknown placeholder ${whole} (use ${LINK_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}).`,
      );
    }
    return 'x';
  });
  let url: URL;
  try {
    url = new URL(probe);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL (got "${template}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must be an http(s) URL (got "${template}").`);
  }
  return template;
}

/** The email settings, or undefined when no SMTP server is configured (email off). */
export function emailFromEnv(env: Env): EmailSettings | undefined {
  const url = env['SMTP_URL']?.trim() || undefined;
  const host = env['SMTP_HOST']?.trim() || undefined;
  if (!url && !host) return undefined;
  if (url && host) throw new Error('Set SMTP_URL or SMTP_HOST, not both.');
  if (url && !/^smtps?:\/\//.test(url)) {
    throw new Error('SMTP_URL must start with smtp:// or smtps://.');
  }
  const missing = ['EMAIL_FROM', 'EMAIL_SECRET', 'PUBLIC_URL'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new Error(`Email is configured (SMTP) but ${missing.join(', ')} is not set.`);
  }
  const secret = env['EMAIL_SECRET']!.trim();
  if (Buffer.byteLength(secret) < 32) throw new Error('EMAIL_SECRET must be at least 32 bytes.');
  const publicUrl = env['PUBLIC_URL']!.trim().replace(/\/+$/, '');
  checkLinkTemplate(publicUrl, 'PUBLIC_URL');
  const questionUrl = env['EMAIL_QUESTION_URL']?.trim() || undefined;
  if (questionUrl) checkLinkTemplate(questionUrl, 'EMAIL_QUESTION_URL');
  const sellerUrl = env['EMAIL_SELLER_URL']?.trim() || undefined;
  if (sellerUrl) checkLinkTemplate(sellerUrl, 'EMAIL_SELLER_URL');
  const digestHour = wholeFromEnv(env, 'EMAIL_DIGEST_HOUR', 8);
  if (digestHour > 23) throw new Error('EMAIL_DIGEST_HOUR must be 0 to 23.');
  const giveUpHours = wholeFromEnv(env, 'EMAIL_GIVE_UP_HOURS', 24);
  if (giveUpHours < 1) throw new Error('EMAIL_GIVE_UP_HOURS must be at least 1.');
  const intervalSeconds = wholeFromEnv(env, 'EMAIL_INTERVAL_SECONDS', 10);
  if (intervalSeconds < 1) throw new Error('EMAIL_INTERVAL_SECONDS must be at least 1.');
  const secureRaw = env['SMTP_SECURE']?.trim();
  const port = host ? wholeFromEnv(env, 'SMTP_PORT', 587) : undefined;
  return {
    smtp: url
      ? { url }
      : {
          host,
          port,
          secure: secureRaw ? secureRaw === '1' || secureRaw === 'true' : port === 465,
          user: env['SMTP_USER'] || undefined,
          pass: env['SMTP_PASS'] || undefined,
        },
    from: env['EMAIL_FROM']!.trim(),
    secret,
    publicUrl,
    questionUrl,
    sellerUrl,
    intervalMs: intervalSeconds * 1000,
    giveUpHours,
    digestHour,
  };
}
