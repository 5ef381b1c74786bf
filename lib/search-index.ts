import type { AdvancedIndex } from 'fumadocs-core/search/server';
import type { InferPageType } from 'fumadocs-core/source';
import { readiness } from './readiness/data';
import { displayGroups } from './readiness/facts';
import { site } from './site';
import type { source } from './source';

type Page = InferPageType<typeof source>;
type StructuredData = AdvancedIndex['structuredData'];

/**
 * The indicators are rendered from the data file, not written in the MDX, so the MDX's own
 * structured data never sees them. Each group and indicator becomes a heading here, anchored
 * at its id, so a search for an indicator's title lands on that indicator.
 */
export function readinessStructuredData(): StructuredData {
  const data: StructuredData = { headings: [], contents: [] };
  for (const group of displayGroups(readiness)) {
    data.headings.push({ id: group.id, content: group.title });
    if (group.summary) data.contents.push({ heading: group.id, content: group.summary });
    for (const indicator of group.indicators) {
      data.headings.push({ id: indicator.id, content: indicator.title });
      data.contents.push({ heading: indicator.id, content: indicator.description });
    }
  }
  return data;
}

export function buildSearchIndex(page: Page): AdvancedIndex {
  let structuredData = page.data.structuredData;
  if (page.url === site.readinessUrl) {
    const extra = readinessStructuredData();
    structuredData = {
      headings: [...structuredData.headings, ...extra.headings],
      contents: [...structuredData.contents, ...extra.contents],
    };
  }
  return { id: page.url, url: page.url, title: page.data.title, description: page.data.description, structuredData };
}
