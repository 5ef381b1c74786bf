import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/browser.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  findChromium(); // fails the run with instructions rather than skipping the browser tests
  if (!existsSync('out/index.html')) {
    throw new Error('out/ has no built site. Run "npm run build" first (npm test does this for you).');
  }
  const server = await startServer({ dir: 'out', port: 0 });
  project.provide('baseURL', server.url);
  return () => server.close();
}
