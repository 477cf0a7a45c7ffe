import { useEffect, useRef } from 'react';
import type { CueState } from '../../../../shared/session/session-clock';

let context: AudioContext | null = null;

/** A short, soft two-note tone made on the spot: no audio files, nothing to load. */
export function playCueChime(): void {
  context ??= new AudioContext();
  const start = context.currentTime + 0.02;
  for (const [offset, frequency] of [
    [0, 659.25],
    [0.22, 523.25],
  ] as const) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start + offset);
    gain.gain.linearRampToValueAtTime(0.06, start + offset + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.7);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.75);
  }
}

/**
 * Sounds once when a cue comes due while the room is open, only if the therapist turned sound on.
 * Cues already due when the room opens stay silent: they are on screen, and a resume should be quiet.
 */
export function useCueChime(cues: readonly CueState[], soundOn: boolean): void {
  const known = useRef<Set<string> | null>(null);
  const dueIds = cues.filter((cue) => cue.state === 'due').map((cue) => cue.id);
  const dueKey = dueIds.join(' ');

  useEffect(() => {
    const due = dueKey ? dueKey.split(' ') : [];
    if (known.current === null) {
      known.current = new Set(due);
      return;
    }
    const fresh = due.filter((id) => !known.current!.has(id));
    for (const id of fresh) known.current.add(id);
    if (fresh.length > 0 && soundOn) playCueChime();
  }, [dueKey, soundOn]);
}
