import { type ComponentType, createElement, lazy, Suspense } from 'react';

/**
 * What `next/dynamic` does for the tools, for their standalone bundles (scripts/lib/islands.mjs
 * aliases `next/dynamic` to this file): the part's code loads when it first renders, showing
 * `loading` meanwhile. The tools are drawn in the browser, so `ssr` changes nothing here.
 */
type Loaded<P> = ComponentType<P> | { default: ComponentType<P> };

export default function dynamic<P extends object>(
  load: () => Promise<Loaded<P>>,
  options: { loading?: ComponentType; ssr?: boolean } = {},
): ComponentType<P> {
  const Part = lazy(async () => {
    const loaded = await load();
    return { default: 'default' in loaded ? loaded.default : loaded };
  });
  const fallback = options.loading ? createElement(options.loading) : null;
  // biome-ignore lint/correctness/noComponentHookFactories: a factory called once per part, at module level, as next/dynamic is
  return function Dynamic(props: P) {
    return createElement(Suspense, { fallback }, createElement(Part as ComponentType<P>, props));
  };
}
