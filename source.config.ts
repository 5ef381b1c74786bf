import { metaSchema, pageSchema } from 'fumadocs-core/source/schema';
import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import lastModified from 'fumadocs-mdx/plugins/last-modified';
import { z } from 'zod';
import { remarkProposal } from './lib/proposal/remark-proposal.ts';

export const docs = defineDocs({
  dir: 'content/docs',
  docs: {
    // Every page must say what it is for: the description is the page's <meta> and its search summary.
    schema: pageSchema.extend({ description: z.string().min(1) }),
  },
  meta: { schema: metaSchema },
});

export default defineConfig({
  // Each page's last change, from git at build time; a tree without git history shows no date.
  plugins: [lastModified()],
  mdxOptions: {
    // No network at build time: never fetch a remote image to learn its size.
    remarkImageOptions: { external: false },
    // Anchors every <ProposedChange> and exports the page's list of them (lib/proposal/).
    remarkPlugins: [remarkProposal],
    // The handbook has no code blocks: skip Shiki (highlighting, code tabs, npm tabs) and its start-up.
    rehypeCodeOptions: false,
    remarkCodeTabOptions: false,
    remarkNpmOptions: false,
  },
});
