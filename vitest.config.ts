import { fileURLToPath } from 'node:url';
import mdx from 'fumadocs-mdx/vite';
import { defineConfig } from 'vitest/config';
import * as sourceConfig from './source.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Compiles the MDX that .source/ imports, so unit tests read the same `source` the site is built from.
  // index: false keeps Next's generated .source/ as it is.
  plugins: [mdx(sourceConfig, { index: false })],
  resolve: {
    alias: [
      { find: /^fumadocs-mdx:collections\/(.*)$/, replacement: `${root}.source/$1` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores, and timing-sensitive checks need one of them.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
