import { describe, expect, it } from 'vitest';
import { TOOL_SCRIPT_TYPE } from '@/lib/shell/deferred.mjs';
import { fillIslands } from '../../../scripts/lib/islands.mjs';

// The wrapper as React writes it: attributes escaped, nothing inside (components/islands/wrapper.tsx).
const props = { title: 'Ticks & "quotes" <b>', n: 2, quote: "it's" };
const attribute = JSON.stringify(props)
  .replace(/&/g, '&amp;')
  .replace(/"/g, '&quot;')
  .replace(/'/g, '&#x27;')
  .replace(/</g, '&lt;')
  .replace(/>/g, '&gt;');
const wrapper = `<div data-island="check" class="tool" data-props="${attribute}"></div>`;
const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}<footer>End</footer></body></html>`;
const bundles = {
  check: {
    src: '/_islands/check-A1.js',
    imports: ['/_islands/chunk-P.js', '/_islands/chunk-Q.js'],
    start: 'visible' as const,
  },
};

describe('putting a tool in a built page', () => {
  it('draws the tool in its wrapper from the values the server wrote, and names its bundle', () => {
    const seen: unknown[] = [];
    const render = (name: string, p: unknown) => {
      seen.push([name, p]);
      return '<form><label>Tick</label></form>';
    };
    const { html, tools } = fillIslands(page(`<article>Intro</article>${wrapper}`), render, bundles);
    expect(tools).toEqual(['check']);
    expect(seen).toEqual([['check', props]]);
    expect(html).toContain(`${wrapper.slice(0, -6)}<form><label>Tick</label></form></div>`);
    // Inert until the page script starts it; at the end of the body, after the page's own content.
    expect(html).toContain(
      `<footer>End</footer><script type="${TOOL_SCRIPT_TYPE}" data-src="/_islands/check-A1.js" data-imports="/_islands/chunk-P.js /_islands/chunk-Q.js" data-tool="check" data-start="visible"></script></body>`,
    );
    expect(html).not.toContain('<script type="module"');
  });

  it('leaves a page without a tool as it was, even one that mentions the attribute', () => {
    const built = page('<p>The data-island="check" attribute marks a tool.</p><code>data-island</code>');
    expect(fillIslands(built, () => 'never', bundles)).toEqual({ html: built, tools: [] });
  });

  it('refuses a tool it has no bundle for, naming it and the known ones', () => {
    const built = page('<div data-island="mystery" data-props="{}"></div>');
    expect(() => fillIslands(built, () => '', bundles)).toThrow(/"mystery".*check/);
  });
});
