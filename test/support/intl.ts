// Watching Intl in a test page: which formatters are made, and when. A page's first formatter of
// these kinds (and the first `supportedLocalesOf`) loads Intl's shared locale data, 15–30 ms of
// the main thread in one piece; plural rules do not.

/** Intl's constructors whose first use loads the shared locale data. */
export const SLOW_INTL = [
  'NumberFormat',
  'DateTimeFormat',
  'ListFormat',
  'DisplayNames',
  'RelativeTimeFormat',
] as const;

/**
 * Records each formatter of the slow kinds made, and each `supportedLocalesOf` asked, as
 * `"<performance.now()> <name>"` in `made`, until `restore()`.
 */
export function watchIntl(made: string[] = []): { made: string[]; restore: () => void } {
  const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
  const originals = new Map<string, new (...args: unknown[]) => object>();
  for (const name of SLOW_INTL) {
    const Real = intl[name]!;
    originals.set(name, Real);
    intl[name] = new Proxy(Real, {
      construct(target, args: unknown[]) {
        made.push(`${performance.now()} ${name}`);
        return new target(...args);
      },
      get(target, key, receiver) {
        if (key === 'supportedLocalesOf') {
          return (...args: unknown[]) => {
            made.push(`${performance.now()} ${name}.supportedLocalesOf`);
            return (Reflect.get(target, key, receiver) as (...args: unknown[]) => unknown).apply(
              target,
              args,
            );
          };
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }
  return {
    made,
    restore: () => {
      for (const [name, Real] of originals) intl[name] = Real;
    },
  };
}

/** In a suite (call it in `describe`): watches Intl from the suite's start to its end. */
export function watchIntlInSuite(): string[] {
  const made: string[] = [];
  let restore = () => {};
  before(() => {
    restore = watchIntl(made).restore;
  });
  after(() => {
    restore();
  });
  return made;
}
