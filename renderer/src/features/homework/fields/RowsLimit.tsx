import { HOMEWORK_LIMITS } from '../../../../../shared/homework/homework-types';

/** Said once the worksheet is full, beside the add button it disables. */
export function RowsLimit({ count }: { count: number }) {
  if (count < HOMEWORK_LIMITS.rows) return null;
  return <p className="hint">{`This worksheet holds ${HOMEWORK_LIMITS.rows} rows at most.`}</p>;
}
