// The two tools start without Next's runtime. next build writes each tool's wrapper empty, with the
// values it needs in data-props (components/islands/wrapper.tsx). This step bundles each tool on its
// own (esbuild), with Preact's React-compatible API in place of React; draws its HTML in the wrapper
// with the same in Node; and names its bundle in the page, for the page script to start once the
// page has painted. A tool page then starts about 20 KB of its own instead of Next's router and
// React (about 140 KB), whose start-up alone blocked a phone for 600-800 ms; the framework's scripts
// are held back on every page until search is opened (defer-runtime.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ISLAND_ATTRIBUTE, TOOL_SCRIPT_TYPE } from '../../lib/shell/deferred.mjs';
import { ISLANDS } from '../../lib/shell/islands.mjs';
import { COMPILE_HINT } from './compile-hints.mjs';
import { siteFiles } from './site-files.mjs';

/** @typedef {{ src: string, imports: string[], start: 'load' | 'visible' }} Bundle A tool's entry, its start-up chunks, and when it starts. */

/** Where a tool's bundles are served from, under out/. */
export const ISLANDS_DIR = '_islands';

const shared = (root) => ({
  absWorkingDir: root,
  bundle: true,
  jsx: 'automatic',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  // The tools are written for React and tested with it; their bundles run them on Preact's
  // compatible API, a tenth of React's size.
  alias: {
    'next/dynamic': join(root, 'components/islands/next-dynamic.tsx'),
    react: 'preact/compat',
    'react-dom': 'preact/compat',
  },
});

/**
 * Bundles each tool for the browser into `out/_islands/`. Returns each tool's entry address, the
 * addresses of the chunks it imports at start, and when it starts.
 * @returns {Promise<Record<string, Bundle>>}
 */
export async function bundleIslands(outDir, root = process.cwd()) {
  const outdir = join(outDir, ISLANDS_DIR);
  const result = await build({
    ...shared(root),
    entryPoints: Object.fromEntries(Object.entries(ISLANDS).map(([name, { entry }]) => [name, join(root, entry)])),
    platform: 'browser',
    format: 'esm',
    splitting: true,
    minify: true,
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
  });
  const address = (file) => `/${relative(outDir, join(root, file)).split('\\').join('/')}`;
  /** @type {Record<string, Bundle>} */
  const bundles = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = Object.entries(ISLANDS).find(([, { entry }]) => output.entryPoint === entry)?.[0];
    if (!name) continue;
    const imports = output.imports.filter((i) => i.kind === 'import-statement').map((i) => address(i.path));
    bundles[name] = { src: address(file), imports, start: ISLANDS[name].start };
    // What a tool runs at start (React, most of all) compiles as it streams in (compile-hints.mjs).
    for (const path of [file, ...output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]) {
      const full = join(root, path);
      const text = readFileSync(full, 'utf8');
      if (!text.startsWith(COMPILE_HINT)) writeFileSync(full, COMPILE_HINT + text);
    }
  }
  return bundles;
}

/** Bundles the tools' server drawing (components/islands/render.tsx) for Node and loads it. */
async function loadRenderer(root) {
  const file = join(root, '.next', 'islands-render.mjs');
  mkdirSync(join(root, '.next'), { recursive: true });
  await build({
    ...shared(root),
    entryPoints: [join(root, 'components/islands/render.tsx')],
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: file,
  });
  process.env.NODE_ENV = 'production';
  /** @type {{ renderIsland: (name: string, props: unknown) => string }} */
  const renderer = await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
  return renderer.renderIsland;
}

const entities = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const unescapeAttribute = (value) => value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (e) => entities[e]);

const wrapper = new RegExp(`(<div[^<>]*\\s${ISLAND_ATTRIBUTE}="([^"]+)"[^<>]*>)(</div>)`, 'g');
const propsAttribute = /\sdata-props="([^"]*)"/;

/**
 * One page's HTML with each empty tool wrapper drawn and the tool's bundle added. `tools` lists
 * the tools the page holds.
 * @param {string} html
 * @param {(name: string, props: unknown) => string} render
 * @param {Record<string, Bundle>} bundles
 */
export function fillIslands(html, render, bundles) {
  /** @type {string[]} */
  const tools = [];
  let out = html.replace(wrapper, (_, open, name, close) => {
    const bundle = bundles[name];
    if (!bundle) throw new Error(`A page holds a tool "${name}" that has no bundle; known: ${Object.keys(bundles)}`);
    const props = JSON.parse(unescapeAttribute(open.match(propsAttribute)?.[1] ?? '{}'));
    tools.push(name);
    return `${open}${render(name, props)}${close}`;
  });
  if (tools.length) {
    // Inert until the page script starts it after the first paint (components/shell/page-behaviour.ts).
    const tag = (name) =>
      `<script type="${TOOL_SCRIPT_TYPE}" data-src="${bundles[name].src}" data-imports="${bundles[name].imports.join(' ')}" data-tool="${name}" data-start="${bundles[name].start}"></script>`;
    const scripts = tools.map(tag).join('');
    out = out.replace('</body>', `${scripts}</body>`);
  }
  return { html: out, tools };
}

/** Bundles the tools and puts them in every page under `outDir` that holds one. */
export async function buildIslands(outDir, root = process.cwd()) {
  const bundles = await bundleIslands(outDir, root);
  const render = await loadRenderer(root);
  let pages = 0;
  for (const rel of siteFiles(outDir)) {
    if (!rel.endsWith('.html')) continue;
    const path = join(outDir, rel);
    const { html, tools } = fillIslands(readFileSync(path, 'utf8'), render, bundles);
    if (tools.length) {
      writeFileSync(path, html);
      pages++;
    }
  }
  return { pages, bundles };
}
