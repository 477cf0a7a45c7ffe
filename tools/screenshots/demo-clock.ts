/** Main's clock for the demo: real time, or running from a past moment while a past session is recorded as it happened. */
export interface DemoClock {
  now: () => number;
  /** From now on main's clock reads `at`, and runs on from there until `reset`. */
  setTo: (at: number) => void;
  reset: () => void;
}

export function createDemoClock(): DemoClock {
  let offset = 0;
  return {
    now: () => Date.now() - offset,
    setTo: (at) => {
      offset = Date.now() - at;
    },
    reset: () => {
      offset = 0;
    },
  };
}
