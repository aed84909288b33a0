// What the server's log lines say of an error: its name and code, never its message (a
// message may hold data: a query's values, a header). A module of its own, so that app.ts,
// main.ts and rate-limit.ts (which app.ts imports) share it.

/**
 * An error's name and code, and where it was thrown (its stack's frames, read after the message
 * that heads the stack, so that no line of the message is taken for a frame), for a log line's
 * `err`.
 */
export function errorFields(error: unknown): { name: unknown; code: unknown; at?: string[] } {
  const { name, code, message, stack } = (error ?? {}) as Record<string, unknown>;
  const text = typeof message === 'string' ? message : '';
  const after = typeof stack === 'string' ? stack.indexOf(text) : -1;
  const at =
    after < 0
      ? []
      : (stack as string)
          .slice(after + text.length)
          .split('\n')
          .filter((line) => /^ +at /.test(line))
          .map((line) => line.trim());
  // The frames in the server's own code first (a database driver's error is thrown in its own).
  const own = at.filter((frame) => !/node_modules|node:internal/.test(frame));
  const frames = [...own, ...at.filter((frame) => !own.includes(frame))].slice(0, 8);
  return frames.length > 0 ? { name, code, at: frames } : { name, code };
}

/**
 * A request's path as its log line has it: an attachment's id (whoever has it may fetch the photo,
 * without a token) shortened to its first 6 characters, enough to tell requests apart.
 */
export function loggedPath(pathname: string): string {
  return pathname.replace(
    /\/attachments\/([^/]{7,})/,
    (_, id: string) => `/attachments/${id.slice(0, 6)}…`,
  );
}
