// The `events` outbox (migration 014_clock.sql): the domain events the commands and the clock
// write in the same transaction as each change, read by the webhook and email workers.

/** An event's row, its id read as a number (`id::float8`; a bigint is a string otherwise). */
export interface EventRow {
  id: number;
  type: string;
  question_id: string;
  shop_id: string;
  payload: Record<string, unknown>;
}
