import type { ReactNode } from 'react';
import { describeError } from '../rpc/error-message';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';

/** The part of a react-query result this needs (a useQuery answer fits). */
interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  refetch: () => Promise<unknown>;
}

interface QueryViewProps<T> {
  query: QueryState<T>;
  /** Said while loading; null shows nothing. */
  loading?: string | null;
  /** Offers "Try again" after the error sentence (lists a therapist came to see). */
  retry?: boolean;
  /** Replaces describeError (backups say main's own words). */
  describe?: (error: unknown) => string;
  children: (data: T) => ReactNode;
}

/**
 * A query's three states in one place: the error sentence when it failed, its data once there
 * (kept on screen under the sentence if a later refresh fails, so nothing typed or read is lost),
 * else a loading line.
 */
export function QueryView<T>({ query, loading = 'Loading…', retry = false, describe = describeError, children }: QueryViewProps<T>) {
  const failure = query.error ? (
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
  ) : null;
  if (query.data !== undefined) {
    return (
      <>
        {failure}
        {children(query.data)}
      </>
    );
  }
  return failure ?? (loading === null ? null : <p className="loading">{loading}</p>);
}
