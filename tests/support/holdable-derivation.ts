import { deriveWrappingKey, type KeyDerivation } from '../../electron/vault/key-wrapping';

/**
 * A real Argon2id derivation that can be held open at its n-th call, so a test can land a lock
 * exactly while a vault operation awaits it, deterministically.
 */
export function holdableDerivation() {
  let armedAt: number | null = null;
  let calls = 0;
  let release: (() => void) | null = null;
  let reached: (() => void) | null = null;
  let reachedPromise: Promise<void> = Promise.resolve();
  const derive: KeyDerivation = async (secret, kdf) => {
    const key = await deriveWrappingKey(secret, kdf);
    calls += 1;
    if (armedAt !== null && calls === armedAt) {
      await new Promise<void>((resolve) => {
        release = resolve;
        reached?.();
      });
    }
    return key;
  };
  return {
    derive,
    /** Holds the n-th derivation from now on (1-based). */
    holdAt(n: number) {
      calls = 0;
      armedAt = n;
      reachedPromise = new Promise((resolve) => (reached = resolve));
    },
    held: () => reachedPromise,
    release() {
      armedAt = null;
      release?.();
      release = null;
    },
  };
}
