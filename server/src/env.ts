/** Environment variables as the server reads them. */
export type Env = Record<string, string | undefined>;

/** A whole number of 0 or more from `env[name]`; `fallback` when unset or blank. */
export function wholeFromEnv(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of 0 or more (got "${raw}").`);
  }
  return value;
}

const ON = ['1', 'true', 'yes', 'on'];
const OFF = ['0', 'false', 'no', 'off'];

/**
 * A switch from `env[name]`: `1`, `true`, `yes` or `on` is on, `0`, `false`, `no` or `off` off
 * (any case); `fallback` when unset or blank. Anything else stops the start, naming the
 * variable: a switch mistyped is never quietly off.
 */
export function switchFromEnv(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  const value = raw?.trim().toLowerCase();
  if (!value) return fallback;
  if (ON.includes(value)) return true;
  if (OFF.includes(value)) return false;
  throw new Error(
    `${name} must be 1 or 0 (or true/false, yes/no, on/off), not ${JSON.stringify(raw)}.`,
  );
}

/** A text from `env[name]`, trimmed; `fallback` when unset or blank (an empty line in an env file). */
export function textFromEnv(env: Env, name: string, fallback: string): string;
export function textFromEnv(env: Env, name: string): string | undefined;
export function textFromEnv(env: Env, name: string, fallback?: string): string | undefined {
  return env[name]?.trim() || fallback;
}

/**
 * `CORS_ORIGINS`: comma-separated origins, each a scheme, a host and (when not the default) a
 * port, as browsers send them in `Origin`. Written with a trailing slash, upper case or the
 * default port, it is taken as that origin; with a path, a query or no scheme it stops the
 * start (it could never match).
 */
export function corsOriginsFromEnv(env: Env): string[] {
  return (env['CORS_ORIGINS'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(entry);
      } catch {
        url = undefined;
      }
      const origin = url?.origin;
      if (!url || !origin || origin === 'null' || url.pathname !== '/' || url.search || url.hash) {
        throw new Error(
          `CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin (a scheme, a host and a port if not the default, like https://shop.example).`,
        );
      }
      return origin;
    });
}

/** `DATABASE_URL`, when set: a PostgreSQL connection URL, or the start stops (never echoed). */
export function databaseUrlFromEnv(env: Env): string | undefined {
  const url = textFromEnv(env, 'DATABASE_URL');
  if (url && !/^postgres(ql)?:\/\//i.test(url)) {
    // Not echoed: the URL holds the password.
    throw new Error(
      'DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database.',
    );
  }
  return url;
}
