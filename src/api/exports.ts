// The seller's exports, outside the client class so that the elements that never export do not
// carry them: `exportQuestionsPage(client, …)` for one page and `exportQuestions(client, …)` for
// every row of a range. The metrics of a range are `client.getMetrics({ from, to })`.
import { transportOf, type CallOptions, type SellerQuestionsClient } from './client.js';
import type { QuestionExportPage, QuestionExportRow } from './types.js';

/** A range (`from`, `to`]: date-times with a time zone; `to` not in the future. */
// A type, not an interface: it is passed on as a query (an index signature).
export type ExportRange = {
  from: string;
  to: string;
};

/** One page of the shop's questions created in the range, oldest first (seller). */
export function exportQuestionsPage(
  client: SellerQuestionsClient,
  query: ExportRange & { cursor?: string | undefined; limit?: number | undefined },
  options: CallOptions = {},
): Promise<QuestionExportPage> {
  return transportOf(client).request({
    method: 'GET',
    path: '/exports/questions',
    query,
    schema: 'QuestionExportPage',
    ...options,
  });
}

export interface ExportProgress {
  /** Rows fetched so far. */
  done: number;
  /** Rows the range holds. */
  total: number;
}

/**
 * Every row of the range, page by page (500 a page), telling `onProgress` after each page.
 * Abort with `options.signal`.
 */
export async function exportQuestions(
  client: SellerQuestionsClient,
  range: ExportRange,
  options: CallOptions & { onProgress?: (progress: ExportProgress) => void } = {},
): Promise<QuestionExportRow[]> {
  const { onProgress, ...call } = options;
  const rows: QuestionExportRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await exportQuestionsPage(client, { ...range, cursor, limit: 500 }, call);
    rows.push(...page.items);
    onProgress?.({ done: rows.length, total: page.total });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
