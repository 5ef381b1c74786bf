import type { SpawnSyncReturns, StdioOptions } from 'node:child_process';
export function buildEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function nextBuild(options?: {
  cwd?: string;
  stdio?: StdioOptions;
  encoding?: BufferEncoding;
  env?: Record<string, string>;
}): SpawnSyncReturns<string | Buffer>;
