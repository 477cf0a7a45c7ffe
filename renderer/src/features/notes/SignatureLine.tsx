import { formatDateTime } from '../../ui/time-text';

/** Who signed, when, and the content's fingerprint: the full hash, grouped so it can be read aloud and compared. */
export function SignatureLine({ signedBy, signedAt, hash }: { signedBy: string; signedAt: number; hash: string }) {
  return (
    <p className="signature-line">
      <span>
        Signed by <strong>{signedBy}</strong> on {formatDateTime(signedAt)}
      </span>
      <span className="signature-hash">
        SHA-256 <code aria-label={`Content hash ${hash}`}>{hash.match(/.{1,8}/g)?.join(' ')}</code>
      </span>
    </p>
  );
}
