// `npm test`: every check there is, in order, with a summary. Exits non-zero if any part fails;
// a part that cannot run because an earlier one failed is reported as not run, never skipped silently.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumHint, findChromium } from './lib/browser.mjs';
import { buildEnv, nextBuild } from './lib/build.mjs';

const reports = mkdtempSync(join(tmpdir(), 'sop-test-'));
const results = [];
const counts = { passed: 0, failed: 0 };

/** Runs one part: a command line, or a function that runs it and returns spawnSync's result. */
function run(name, command, args, { needs = [], report } = {}) {
  const blocked = needs.filter((n) => results.find((r) => r.name === n && !r.ok));
  if (blocked.length > 0) {
    results.push({ name, ok: false, note: `not run: ${blocked.join(', ')} failed` });
    console.error(`\n✗ ${name}: not run, because ${blocked.join(', ')} failed`);
    return;
  }
  console.log(`\n▶ ${name}: ${typeof command === 'function' ? args : `${command} ${args.join(' ')}`}`);
  const started = Date.now();
  const child =
    typeof command === 'function' ? command() : spawnSync(command, args, { stdio: 'inherit', env: buildEnv() });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  let note = `${seconds} s`;
  if (report) {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      counts.passed += json.numPassedTests;
      counts.failed += json.numFailedTests;
      note += `, ${json.numPassedTests} passed, ${json.numFailedTests} failed`;
    } catch {
      note += ', no test report written';
    }
  }
  results.push({ name, ok, note });
}

const vitest = (project) => {
  const report = join(reports, `${project}.json`);
  return {
    args: [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    report,
  };
};

// Browser tests are part of every run: without a Chromium the run fails and says how to get one.
try {
  const path = findChromium();
  console.log(`Chromium: ${path}`);
  results.push({ name: 'chromium', ok: true, note: path });
} catch (error) {
  console.error(`\n${error.message}`);
  results.push({ name: 'chromium', ok: false, note: `not found. ${chromiumHint}` });
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npx', ['biome', 'check', '.']);
const unit = vitest('unit');
run('unit tests', 'npx', unit.args, { report: unit.report });
const components = vitest('components');
run('component tests', 'npx', components.args, { report: components.report });
run('build', () => nextBuild(), 'next build, service worker, compression (telemetry off)');
const e2e = vitest('e2e');
run('browser tests', 'npx', e2e.args, { needs: ['chromium', 'build'], report: e2e.report });

rmSync(reports, { recursive: true, force: true });
console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(16)} ${r.note}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
