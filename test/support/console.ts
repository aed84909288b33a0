// Test support: what the SDK logs. An integrator's mistakes (a missing attribute, no backend, a
// tag defined twice) are said once in the console; the tests read those calls.

/** The arguments of each console[`method`] call made while `run` runs; the console restored. */
export async function consoleDuring(
  method: 'error' | 'warn',
  run: () => Promise<void> | void,
): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back on console below
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return calls;
}

/** The calls whose first argument (the message) includes `text`. */
export function callsSaying(calls: unknown[][], text: string): unknown[][] {
  return calls.filter((args) => String(args[0]).includes(text));
}
