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
