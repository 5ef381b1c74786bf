import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { readinessSchema } from '@/lib/readiness/schema';
import { nextBuild } from '../../scripts/lib/build.mjs';

/**
 * A temporary copy of this working tree whose readiness data can be changed and built, so tests can
 * see what a change to content/data/readiness.json does to the real build. node_modules is hard-linked
 * (Turbopack will not follow a symlink out of the project), which costs next to nothing on one disk.
 */
export class Variant {
  readonly dir = mkdtempSync(join(tmpdir(), 'sop-variant-'));

  constructor() {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      const target = join(this.dir, file);
      mkdirSync(dirname(target), { recursive: true });
      try {
        copyFileSync(file, target);
      } catch {
        // a file deleted in the working tree but not yet in git
      }
    }
    const linked = spawnSync('cp', ['-al', 'node_modules', join(this.dir, 'node_modules')]);
    if (linked.status !== 0) execFileSync('cp', ['-a', 'node_modules', join(this.dir, 'node_modules')]);
  }

  editData(edit: (data: z.input<typeof readinessSchema>) => void) {
    const path = join(this.dir, 'content/data/readiness.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    edit(data);
    writeFileSync(path, JSON.stringify(data, null, 2));
  }

  build(env: Record<string, string> = {}) {
    const result = nextBuild({ cwd: this.dir, encoding: 'utf8', stdio: 'pipe', env });
    return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
