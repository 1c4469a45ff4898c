/**
 * A check of a record as it is once locked, inside the write's transaction; it throws
 * `PreconditionFailedError` when the caller's expected version does not match (`If-Match`).
 */
export type Precondition<Row> = (current: Row) => void;
