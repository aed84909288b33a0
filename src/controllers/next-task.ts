// Yielding to the browser between pieces of work, so that none of them is a long task (over
// 50 ms) that holds back input and painting.

interface Scheduler {
  postTask(callback: () => void, options?: { priority?: string }): Promise<void>;
}

/**
 * Resolves in a new task, soon: through `scheduler.postTask` where there is one, else a
 * message to itself. Not a timer, which a hidden tab would hold back for a second.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
