import { docs } from 'fumadocs-mdx:collections/server';
import { loader } from 'fumadocs-core/source';
import { site } from './site';

export const source = loader({
  baseUrl: site.docsRoute,
  source: docs.toFumadocsSource(),
});
