import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests',
  // A hang guard, not a timing goal (those live in npm run bench): the full-session flows are long.
  timeout: 180_000,
  workers: 1,
  reporter: [['list']],
  projects: [
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
        // Screens are judged at rest: base.css turns animations off for reduced motion, as it does for users who ask.
        reducedMotion: 'reduce',
      },
    },
    { name: 'electron-smoke', testMatch: 'smoke/**/*.spec.ts' },
  ],
});
