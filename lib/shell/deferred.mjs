// Shared by the build step that holds back the framework's scripts on pages without a tool
// (scripts/lib/defer-runtime.mjs) and the page script that loads them when search is opened.

/** A script type browsers do not run: the held-back script keeps its address in data-src. */
export const DEFERRED_SCRIPT_TYPE = 'text/x-sop-deferred';

/** Put on a tool's wrapper: a page that has one loads its framework code at once. */
export const ISLAND_ATTRIBUTE = 'data-island';
