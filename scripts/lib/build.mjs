// `next build`, always with telemetry off (the build must not try the network), for npm test,
// the bench and the browser tests' variant builds.
import { spawnSync } from 'node:child_process';

/** The environment every build runs in. */
export function buildEnv(env = process.env) {
  return { ...env, NEXT_TELEMETRY_DISABLED: '1' };
}

/**
 * `npm run build` in cwd: `next build`, the tools' bundles and framework code on demand, the service worker, then Brotli and gzip files beside each asset in out/, with any
 * extra environment (SITE_URL, REPO_URL). Returns the spawnSync result of the step that decided it.
 */
export function nextBuild({ cwd = process.cwd(), stdio = 'inherit', encoding, env = {} } = {}) {
  const options = { cwd, stdio, encoding, env: buildEnv({ ...process.env, ...env }) };
  const built = spawnSync('npx', ['next', 'build'], options);
  if (built.status !== 0) return built;
  // The tools' own bundles (scripts/lib/islands.mjs), and every page holds back the framework's
  // scripts (scripts/lib/defer-runtime.mjs); before the service worker, so it precaches what is served.
  const deferred = spawnSync('node', ['scripts/defer-runtime.mjs', 'out'], options);
  if (deferred.status !== 0) return deferred;
  // The service worker before compression, so sw.js gets its .br and .gz too (scripts/lib/service-worker.mjs).
  const worker = spawnSync('node', ['scripts/service-worker.mjs', 'out'], options);
  if (worker.status !== 0) return worker;
  const compressed = spawnSync('node', ['scripts/compress.mjs', 'out'], options);
  if (compressed.status !== 0) return compressed;
  // Both outputs, so a caller that reads the build log still finds next's.
  if (encoding) {
    compressed.stdout = `${built.stdout}${deferred.stdout}${worker.stdout}${compressed.stdout}`;
    compressed.stderr = `${built.stderr}${deferred.stderr}${worker.stderr}${compressed.stderr}`;
  }
  return compressed;
}
