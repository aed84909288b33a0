// "The last value while loading": a LoadController that keeps what its last load that worked
// returned, for the elements that go on showing it while they load again (the inbox's setup,
// figures, queue and templates). A module of its own: the buyer widgets' first load does not
// carry it.
import type { ReactiveControllerHost } from 'lit';
import { LoadController, type LoadOptions } from './load.js';

/** A load that keeps the value of its last load that worked, to show while loading again. */
export class KeptLoadController<A extends readonly unknown[], T> extends LoadController<A, T> {
  /** The value of the last load that worked (kept while loading again and after a failure). */
  declare last: T | undefined;

  constructor(host: ReactiveControllerHost, options: LoadOptions<A, T>) {
    const kept: { controller?: KeptLoadController<A, T> } = {};
    super(host, {
      ...options,
      task: async (args, signal) => (kept.controller!.last = await options.task(args, signal)),
    });
    kept.controller = this;
  }
}
