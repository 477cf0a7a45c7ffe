import { lazy, Suspense } from 'react';

// Loaded when chosen: the lock screen's first load stays free of the restore screens.
const RestoreFlow = lazy(() => import('./RestoreFlow').then(({ RestoreFlow }) => ({ default: RestoreFlow })));

export function LazyRestoreFlow({ onCancel }: { onCancel: () => void }) {
  return (
    <Suspense fallback={<p aria-busy="true">Loading…</p>}>
      <RestoreFlow onCancel={onCancel} />
    </Suspense>
  );
}
