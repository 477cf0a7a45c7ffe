import { QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { AppShell } from '../features/shell';
import { createQueryClient } from './query-client';

/**
 * The open vault and its cache of records, which lives only as long as this does: locking unmounts
 * it, and every cached record is dropped in the commit that removes the screens showing them.
 */
export function OpenVault() {
  const [queryClient] = useState(createQueryClient);
  useLayoutEffect(() => () => queryClient.clear(), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <AppShell />
    </QueryClientProvider>
  );
}
