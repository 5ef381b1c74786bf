import { MARKER, type ProposalScan, scanProposal } from './scan.ts';

/** The name of the export each compiled page carries: its ProposalScan. */
export const PROPOSAL_EXPORT = 'proposal';

type Tree = Parameters<typeof scanProposal>[0];
// fumadocs-mdx turns each entry of file.data['mdx-export'] into an export of the compiled page.
type Exports = { 'mdx-export'?: { name: string; value: unknown }[] };

/**
 * Remark plugin: gives every <ProposedChange> its anchor and exports what the page proposes, so the
 * "What this proposal changes" page is built from the markers themselves and never kept by hand.
 * A marker without a summary, or with an id used twice on its page, stops the build.
 */
export function remarkProposal() {
  return (tree: Tree, file: { path?: string; data: object }) => {
    const { markers, ...scan } = scanProposal(tree);
    if (scan.problems.length > 0) {
      throw new Error(`${file.path ?? 'a page'}: ${scan.problems.join('; ')}`);
    }
    for (const { node, change } of markers) {
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'id'),
        { type: 'mdxJsxAttribute', name: 'id', value: change.id },
      ];
    }
    const value: ProposalScan = scan;
    const data = file.data as Exports;
    data['mdx-export'] ??= [];
    data['mdx-export'].push({ name: PROPOSAL_EXPORT, value });
  };
}

export { MARKER };
