// Shared by the build steps that hold back the framework's scripts (scripts/lib/defer-runtime.mjs)
// and add the tools' bundles (scripts/lib/islands.mjs), the page script that loads them, and the
// search island.

/** A script type browsers do not run: the held-back script keeps its address in data-src. */
export const DEFERRED_SCRIPT_TYPE = 'text/x-sop-deferred';

/** What opens search: the header's button and the wide search field (components/shell/chrome.tsx). */
export const SEARCH_TRIGGER = '[data-search],[data-search-full]';

/** Put on a tool's wrapper, which the build fills with the tool's HTML (scripts/lib/islands.mjs). */
export const ISLAND_ATTRIBUTE = 'data-island';

/**
 * The type of the script tag that names a tool's own bundle (data-src) and the chunks it starts
 * with (data-imports): the page script starts it once the page has loaded and painted.
 */
export const TOOL_SCRIPT_TYPE = 'text/x-sop-tool';
