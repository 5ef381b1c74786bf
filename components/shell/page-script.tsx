import { DEFERRED_SCRIPT_TYPE, ISLAND_ATTRIBUTE, SEARCH_TRIGGER, TOOL_SCRIPT_TYPE } from '@/lib/shell/deferred.mjs';
import { THEME_KEY } from '@/lib/shell/theme';
import { type PageBehaviourOptions, pageBehaviour } from './page-behaviour';

const options: PageBehaviourOptions = {
  themeKey: THEME_KEY,
  deferredType: DEFERRED_SCRIPT_TYPE,
  searchTrigger: SEARCH_TRIGGER,
  toolType: TOOL_SCRIPT_TYPE,
  islandAttribute: ISLAND_ATTRIBUTE,
};

/** The text of the page's inline script (about 2 KB of HTML, no file to fetch). */
export function pageScript(): string {
  return `(${pageBehaviour.toString()})(${JSON.stringify(options)})`;
}

/** The theme switch, the contents highlight and search on demand, on every page, without React. */
export function PageScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the script is our own code, built from constants
  return <script dangerouslySetInnerHTML={{ __html: pageScript() }} />;
}
