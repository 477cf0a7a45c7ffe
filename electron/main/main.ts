import path from 'node:path';
import * as electron from 'electron';
import { createAppCore } from '../app-core';
import { stderrLogger } from '../logger';
import { startApp } from './start-app';

void startApp(electron, {
  createCore: createAppCore,
  // This file is bundled to dist/electron/main.cjs; the app root is two levels up (the repo,
  // or app.asar when packaged).
  appRoot: path.resolve(__dirname, '..', '..'),
  resourcesPath: process.resourcesPath,
  env: process.env,
  platform: process.platform,
  processEvents: process,
  logger: stderrLogger,
});
