import type { ReactNode } from 'react';
import { ISLAND_ATTRIBUTE } from '@/lib/shell/deferred.mjs';

interface IslandProps {
  name: string;
  props: object;
  className?: string;
  id?: string;
  /** What `next dev` shows instead: there the tool runs inside Next, as the build's bundles do not exist. */
  dev: ReactNode;
  /**
   * For a tool that starts when the reader comes near it: the storage key that means the reader has
   * used it before, so it starts at once and shows what they left (components/shell/page-behaviour.ts).
   */
  storedKey?: string;
}

/**
 * A tool's wrapper. In the built site it is left empty for React: the build draws the tool's HTML in
 * it and adds the tool's own bundle (scripts/lib/islands.mjs), so the page needs no framework code
 * to start. Next's runtime, if it loads later for search, leaves what is inside alone.
 */
export function Island({ name, props, className, id, dev, storedKey }: IslandProps) {
  const attributes = { [ISLAND_ATTRIBUTE]: name, className, id, 'data-stored-key': storedKey };
  if (process.env.NODE_ENV === 'development') return <div {...attributes}>{dev}</div>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: empty; the build fills it with the tool's own HTML
  return <div {...attributes} data-props={JSON.stringify(props)} dangerouslySetInnerHTML={{ __html: '' }} />;
}
