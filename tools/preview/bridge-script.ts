/**
 * The browser side of the preview transport: defines `window.kap` (the same shape the Electron
 * preload exposes) over fetch and server-sent events. Served as a file, since the CSP forbids
 * inline script. The renderer bundle itself is unchanged.
 */
export const BRIDGE_SCRIPT = `(() => {
  'use strict';
  const listeners = new Map();
  const events = new EventSource('/__kap/events');
  events.addEventListener('message', (message) => {
    const { name, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });
  const kap = {
    async invoke(method, input) {
      const response = await fetch('/__kap/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      if (!response.ok) return { ok: false, error: { code: 'INTERNAL', message: 'The preview server refused the request.' } };
      return response.json();
    },
    on(name, listener) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name).add(listener);
      return () => listeners.get(name).delete(listener);
    },
  };
  Object.defineProperty(window, 'kap', { value: Object.freeze(kap), enumerable: true });
})();
`;
