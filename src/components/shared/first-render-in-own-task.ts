// An element whose first render waits for a task of its own: when one element renders others
// (the inbox its list and header), each first render is a separate task, none of them long,
// instead of all of them in the task that added the first element to the page.
import { nextTask } from '../../controllers/next-task.js';
import { SqElement } from './base-element.js';

export abstract class FirstRenderInOwnTask extends SqElement {
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await nextTask();
    return super.scheduleUpdate();
  }
}
