import { createFromSource } from 'fumadocs-core/search/server';
import { buildSearchIndex } from '@/lib/search-index';
import { source } from '@/lib/source';

// Built once at export time into out/api/search; the browser downloads it when search opens.
export const revalidate = false;

export const { staticGET: GET } = createFromSource(source, { language: 'english', buildIndex: buildSearchIndex });
