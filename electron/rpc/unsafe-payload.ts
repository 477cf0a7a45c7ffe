const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reasons a payload is refused before schema parsing: prototype-polluting keys, values that are
 * not JSON-safe (functions, Dates, Maps, class instances, non-finite numbers), absurd nesting.
 * Returns a sentence that names the path, never the value, or null when the payload is safe.
 */
export function findUnsafeValue(value: unknown, path = 'input', depth = 0): string | null {
  if (depth > MAX_DEPTH) return `${path} is nested too deeply`;
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path} must be a finite number`;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const problem = findUnsafeValue(value[i], `${path}[${i}]`, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return `${path} must be a plain object`;
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === 'symbol') return `${path} has a symbol key`;
        if (FORBIDDEN_KEYS.has(key)) return `${path} has a forbidden key "${key}"`;
        const problem = findUnsafeValue((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
      return `${path} has a value that is not data`;
  }
}
