// The inbox's first request: the first page of its list as it opens without a state of the
// host's. The list (list-filter.ts's NO_FILTERS, list-controller.ts) and the page's head start
// (../head-start.ts), which asks for that page while the inbox's code is on its way, take it from
// here; test/components/head-start.test.ts checks that the inbox then does not ask again.
import type { QuestionSort } from '../../domain/question-order.js';

/** The list's order until the seller picks another. */
export const DEFAULT_SORT: QuestionSort = 'due';
/**
 * Enough rows to fill the view (24 rows of 5.5rem are 2,112 px at 16 px: a 4K screen's height)
 * and no more: the first page is the last thing the first rows wait for, and on a slow network
 * its bytes are its time (40 rows were 6.1 kB compressed, 24 rows 4.1 kB: 13.5 ± 2.7 ms sooner
 * on the bench's mobile profile). The rest follows at once, a page of 200 at a time.
 */
export const FIRST_PAGE_SIZE = 24;
