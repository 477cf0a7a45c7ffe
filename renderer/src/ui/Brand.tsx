/** The app's mark and name, as the top bar and the lock screen show them. */
export function Brand() {
  return (
    <>
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-name">KAP Companion</span>
    </>
  );
}
