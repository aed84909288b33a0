// What the server's log lines say of an error: its name and code, never its message (a
// message may hold data: a query's values, a header). A module of its own, so that app.ts,
// main.ts and rate-limit.ts (which app.ts imports) share it.

/** An error's name and code, for a log line's `err`. */
export function errorFields(error: unknown): { name: unknown; code: unknown } {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return { name, code };
}
