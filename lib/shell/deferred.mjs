// Shared by the build step that holds back the framework's scripts on pages without a tool
// (scripts/lib/defer-runtime.mjs), the page script that loads them when search is opened, and the
// search island.

/** A script type browsers do not run: the held-back script keeps its address in data-src. */
export const DEFERRED_SCRIPT_TYPE = 'text/x-sop-deferred';

/** What opens search: the header's button and the wide search field (components/shell/chrome.tsx). */
export const SEARCH_TRIGGER = '[data-search],[data-search-full]';

/** Put on a tool's wrapper: a page that has one loads its framework code at once. */
export const ISLAND_ATTRIBUTE = 'data-island';
