import { QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { HandoverScreen, type HandedOverState, useHandoverState } from '../features/handover';
import { AppShell, useIdleLock, useLockShortcut } from '../features/shell';
import { useVaultSession } from '../features/vault';
import { QueryView } from '../ui/QueryView';
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
      <ShellOrHandover />
    </QueryClientProvider>
  );
}

/**
 * Main says whether the screen is with a client (a questionnaire handed over): then only the
 * questionnaire shows, after a reload too, whatever the address says. Main also refuses every
 * other method meanwhile, so this switch hides; it is not what keeps the record closed.
 */
function ShellOrHandover() {
  const handover = useHandoverState();
  return (
    <QueryView query={handover} loading={null} retry>
      {(state) => (state.state === 'off' ? <AppShell /> : <HandedOver state={state} />)}
    </QueryView>
  );
}

/** Locking stays possible while handed over (it only hides, and the unlock needs the passphrase). */
function HandedOver({ state }: { state: HandedOverState }) {
  const { lock } = useVaultSession();
  useIdleLock(state.idleLockMinutes, () => lock('idle'));
  useLockShortcut(() => lock('user'));
  return <HandoverScreen state={state} />;
}
