import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFERRED_SCRIPT_TYPE } from '@/lib/shell/deferred.mjs';
import { addCompileHints, COMPILE_HINT, startupChunks } from '../../../scripts/lib/compile-hints.mjs';
import { deferRuntime, deferRuntimeIn } from '../../../scripts/lib/defer-runtime.mjs';

// The shape next build writes: a low-priority preload in <head>, async chunks, a nomodule polyfill.
const page = (body: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/entry.js"/></head><body>${body}` +
  `<script src="/_next/static/chunks/runtime.js" async=""></script>` +
  `<script src="/_next/static/chunks/poly.js" noModule=""></script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>` +
  `<script src="/_next/static/chunks/entry.js" async=""></script>` +
  `<script>self.__next_f.push([1,"1:[\\"$\\",\\"main\\",null,{}]\\n"])</script></body></html>`;

describe('holding back the framework code of every page', () => {
  it('turns each framework script into an inert one that keeps its address, and drops its preload', () => {
    const { html, held } = deferRuntime(page('<article>Text</article>'));
    expect(held).toBe(2);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).toContain(
      `<script type="${DEFERRED_SCRIPT_TYPE}" data-src="/_next/static/chunks/runtime.js"></script>`,
    );
    expect(html).toContain(`<script type="${DEFERRED_SCRIPT_TYPE}" data-src="/_next/static/chunks/entry.js"></script>`);
    expect(html).not.toContain('rel="preload" as="script"');
    // What is not the framework's start-up stays: styles, the payload, the polyfill old browsers take.
    expect(html).toContain('rel="stylesheet"');
    expect(html).toContain('self.__next_f');
    expect(html).toContain('noModule=""');
  });

  it('holds it back on a page with a tool too, whose tool starts from a bundle of its own', () => {
    const { html, held } = deferRuntime(page('<div data-island="assessment">Tool</div>'));
    expect(held).toBe(2);
    expect(html).toContain('<div data-island="assessment">Tool</div>');
  });

  it('leaves a page with no framework scripts as it was', () => {
    const plain = '<!DOCTYPE html><html><body><p>Offline</p></body></html>';
    expect(deferRuntime(plain)).toEqual({ html: plain, held: 0, payload: null });
  });

  it('moves the RSC payload to a file of its own, run first when the framework loads, and keeps its start inline', () => {
    const { html, payload } = deferRuntime(page('<article>Text</article>'));
    expect(payload?.path).toMatch(/^_next\/static\/flight\/[0-9a-f]{16}\.js$/);
    // Both pieces, in the page's order, as statements a script runs.
    expect(payload?.text).toBe(
      'self.__next_f.push([1,"0:{\\"P\\":null}\\n"]);\nself.__next_f.push([1,"1:[\\"$\\",\\"main\\",null,{}]\\n"]);\n',
    );
    expect(html).not.toContain('self.__next_f.push([1');
    expect(html).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    const held = [...html.matchAll(/data-src="([^"]+)"/g)].map((m) => m[1]);
    expect(held).toEqual([`/${payload?.path}`, '/_next/static/chunks/runtime.js', '/_next/static/chunks/entry.js']);
    // The same payload, the same name: a page that did not change keeps its cached copy.
    expect(deferRuntime(page('<article>Text</article>')).payload?.path).toBe(payload?.path);
    expect(deferRuntime(page('<article>Other</article>')).payload?.path).toBe(payload?.path);
  });

  it('rewrites every page under the folder and says how many of each, and which scripts they start with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'defer-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'index.html'), page('<main>Home</main>'));
    writeFileSync(join(dir, 'docs', 'tool.html'), page('<div data-island="x"></div>'));
    writeFileSync(join(dir, 'docs', 'plain.html'), '<html><body>No scripts</body></html>');
    writeFileSync(join(dir, 'docs', 'notes.txt'), page(''));
    expect(deferRuntimeIn(dir)).toEqual({ pages: 2, kept: 1, chunks: ['runtime.js', 'entry.js'] });
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(DEFERRED_SCRIPT_TYPE);
    expect(readFileSync(join(dir, 'docs', 'notes.txt'), 'utf8')).not.toContain(DEFERRED_SCRIPT_TYPE);
    const payload = readFileSync(join(dir, 'index.html'), 'utf8').match(/data-src="\/(_next\/static\/flight\/[^"]+)"/);
    expect(readFileSync(join(dir, payload?.[1] ?? 'missing'), 'utf8')).toContain('self.__next_f.push([1,');
  });
});

describe('compile hints on the scripts pages start with', () => {
  it('names the start-up chunks whether held back or not, never the nomodule polyfill', () => {
    expect(startupChunks(page(''))).toEqual(['runtime.js', 'entry.js']);
    expect(startupChunks(deferRuntime(page('')).html)).toEqual(['runtime.js', 'entry.js']);
  });

  it('puts the hint on the first line once, and leaves the code after it as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hints-'));
    const chunks = join(dir, '_next', 'static', 'chunks');
    mkdirSync(chunks, { recursive: true });
    writeFileSync(join(chunks, 'a.js'), 'console.log(1)');
    writeFileSync(join(chunks, 'b.js'), 'console.log(2)');
    expect(addCompileHints(dir, ['a.js', 'a.js'])).toBe(1);
    expect(addCompileHints(dir, ['a.js'])).toBe(0);
    expect(readFileSync(join(chunks, 'a.js'), 'utf8')).toBe(`${COMPILE_HINT}console.log(1)`);
    expect(readFileSync(join(chunks, 'b.js'), 'utf8')).toBe('console.log(2)');
  });
});
