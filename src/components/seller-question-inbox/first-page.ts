// The inbox's first request: the first page of its list as it opens without a state of the
// host's. The list (list-filter.ts's NO_FILTERS, list-controller.ts) and the page's head start
// (../head-start.ts), which asks for that page while the inbox's code is on its way, take it from
// here; test/components/head-start.test.ts checks that the inbox then does not ask again.
import type { QuestionSort } from '../../domain/question-order.js';

/** The list's order until the seller picks another. */
export const DEFAULT_SORT: QuestionSort = 'due';
/** Enough rows to fill the view: a small first page is parsed and checked fast. */
export const FIRST_PAGE_SIZE = 40;
