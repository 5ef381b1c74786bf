// `next build`, always with telemetry off (the build must not try the network), for npm test,
// the bench and the browser tests' variant builds.
import { spawnSync } from 'node:child_process';

/** The environment every build runs in. */
export function buildEnv(env = process.env) {
  return { ...env, NEXT_TELEMETRY_DISABLED: '1' };
}

/** Runs `next build` in cwd; returns the spawnSync result. */
export function nextBuild({ cwd = process.cwd(), stdio = 'inherit', encoding } = {}) {
  return spawnSync('npx', ['next', 'build'], { cwd, stdio, encoding, env: buildEnv() });
}
