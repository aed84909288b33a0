// The page's accessibility tree as a screen reader gets it (Chromium's, through the
// `accessibility-tree` command of web-test-runner.config.mjs), shadow roots included.
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  required?: boolean;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree that passes `test` (all of them by default). */
export async function axNodes(test: (node: AxNode) => boolean = () => true): Promise<AxNode[]> {
  const root = await executeServerCommand<AxNode, undefined>('accessibility-tree');
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (test(node)) found.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return found;
}
