import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';
import { source } from '@/lib/source';

export const dynamic = 'force-static';

/** Every page of the handbook, at the canonical origin (SITE_URL). */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = ['/', ...source.getPages().map((p) => p.url)];
  return pages.map((path) => ({ url: new URL(path, site.url).href }));
}
