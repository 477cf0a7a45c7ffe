import type { ReactNode } from 'react';
import { describeError } from '../rpc/error-message';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';

/** The part of a react-query result this needs (a useQuery answer fits). */
interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  refetch(): Promise<unknown>;
}

interface QueryViewProps<T> {
  query: QueryState<T>;
  /** Said while loading; null shows nothing. */
  loading?: string | null;
  /** Offers "Try again" after the error sentence (lists a therapist came to see). */
  retry?: boolean;
  /** Replaces describeError (backups say main's own words). */
  describe?(error: unknown): string;
  children(data: T): ReactNode;
}

/**
 * A query's three states in one place: its data once there (kept on screen even if a later
 * refresh fails), else the error sentence, else a loading line.
 */
export function QueryView<T>({ query, loading = 'Loading…', retry = false, describe = describeError, children }: QueryViewProps<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <FormAlert>
        {describe(query.error)}
        {retry ? (
          <>
            {' '}
            <ActionButton variant="quiet" onPress={() => void query.refetch()}>
              Try again
            </ActionButton>
          </>
        ) : null}
      </FormAlert>
    );
  }
  return loading === null ? null : <p className="loading">{loading}</p>;
}
