import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/crash/**/*.test.ts'],
    environment: 'node',
    // Argon2id at 64 MiB is deliberately slow; vault tests do several derivations each.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
