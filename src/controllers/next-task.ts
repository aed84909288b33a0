// Yielding to the browser between pieces of work, so that none of them is a long task (over
// 50 ms) that holds back input and painting.

interface Scheduler {
  postTask(callback: () => void, options?: { priority?: string }): Promise<void>;
}

/**
 * Resolves in a new task, soon: through `scheduler.postTask` where there is one, else a
 * message to itself. Not a timer, which a hidden tab would hold back for a second. Work that
 * nothing on screen waits for asks for a `background` task: it runs after the tasks already
 * queued (where the browser has `scheduler.postTask`).
 */
export function nextTask(priority: 'user-visible' | 'background' = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    return scheduler.postTask(() => undefined, { priority });
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

/**
 * Resolves in a task after the next frame is painted, so that work started then does not
 * delay that frame (a task queued sooner often runs before it). A hidden page paints no frames:
 * there it resolves in the next task, and at most a second later if the page is hidden while
 * waiting.
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return nextTask();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    requestAnimationFrame(() => {
      void nextTask().then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
