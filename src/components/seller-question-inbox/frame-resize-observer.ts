// A ResizeObserver whose callback runs in the next animation frame. Work done inside a resize
// observation that changes sizes again (the virtualizer measuring its rows and placing them)
// makes the browser stop and report "ResizeObserver loop completed with undelivered
// notifications" on the page's window.onerror, where hosts' error trackers count it. Deferred
// to the next frame, the same work runs before that frame's layout, with no loop.
export class FrameResizeObserver extends ResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    // The latest entry per element since the last frame.
    const pending = new Map<Element, ResizeObserverEntry>();
    let frame = 0;
    super((entries, observer) => {
      for (const entry of entries) pending.set(entry.target, entry);
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const batch = [...pending.values()];
        pending.clear();
        callback(batch, observer);
      });
    });
  }
}
