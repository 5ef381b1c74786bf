/**
 * Finds the Phase 4 passages of a page: the ones wrapped in <ProposedChange> (the changes a reviewer
 * is shown) and the ones that mention Phase 4 without the wrapper (which a test refuses while the
 * section is a proposal). Plain mdast in, plain data out: the remark plugin and the tests share it.
 */

/** The MDX component that marks a passage as part of the proposal. */
export const MARKER = 'ProposedChange';

export interface ProposedChange {
  /** The anchor the marked passage carries on its page. */
  id: string;
  /** One line saying what the passage adds or changes. */
  summary: string;
  /** The heading the passage sits under (its own first heading if it starts with one). */
  section: { title: string; id?: string } | null;
}

export interface UnmarkedPassage {
  line?: number;
  text: string;
}

export interface ProposalScan {
  changes: ProposedChange[];
  unmarked: UnmarkedPassage[];
  /** Markers written wrongly (no summary, a repeated id), each as a sentence. */
  problems: string[];
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  depth?: number;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { hProperties?: { id?: unknown } };
  position?: { start: { line: number } };
}

// What makes a passage Phase 4's: naming it, quoting its numbers, or linking into its pages.
const phase4Words = /\bphase 4\b|independent leader|independent calls?\b|lead-optional/i;
const phase4Components = new Set(['ReadinessFact', 'ReadinessGroups', 'ProposalStatus', 'ReadinessChecklist']);
const phase4Link = /^\/docs\/sop\/independent-leader(?:[/#]|$)/;

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function mentionsPhase4(node: Node): boolean {
  if (node.type === 'link' && node.url && phase4Link.test(node.url)) return true;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && phase4Components.has(node.name ?? ''))
    return true;
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm' && phase4Words.test(node.value)) return true;
  return (node.children ?? []).some(mentionsPhase4);
}

export function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** A short anchor from a summary: its first words, whole, up to about 40 characters. */
export function slugify(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + word.length + 1 > 40) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

function headingOf(node: Node): ProposedChange['section'] {
  const id = node.data?.hProperties?.id;
  return { title: textOf(node).trim(), ...(typeof id === 'string' ? { id } : {}) };
}

/**
 * Scans a page's tree. Each marker gets an id (its `id` attribute, or "proposed-" and its summary
 * as a slug); the caller may write it back onto the node so the page and the list agree.
 */
export function scanProposal(tree: Node): ProposalScan & { markers: { node: Node; change: ProposedChange }[] } {
  const changes: ProposedChange[] = [];
  const markers: { node: Node; change: ProposedChange }[] = [];
  const unmarked: UnmarkedPassage[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  let section: ProposedChange['section'] = null;

  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'heading' && !mentionsPhase4(node)) {
        section = headingOf(node);
        continue;
      }
      if (node.type === 'mdxJsxFlowElement' && node.name === MARKER) {
        const summary = attribute(node, 'summary')?.trim();
        const line = node.position?.start.line;
        if (!summary) problems.push(`<${MARKER}> at line ${line ?? '?'} has no summary="…"`);
        const id = attribute(node, 'id') ?? `proposed-${slugify(summary ?? 'change')}`;
        if (ids.has(id)) problems.push(`<${MARKER}> at line ${line ?? '?'} repeats the id "${id}"`);
        ids.add(id);
        const first = node.children?.[0];
        const own = first?.type === 'heading' ? headingOf(first) : null;
        const change = { id, summary: summary ?? '', section: own ?? section };
        changes.push(change);
        markers.push({ node, change });
        // Headings inside the passage are sections for whatever follows it.
        for (const child of node.children ?? []) if (child.type === 'heading') section = headingOf(child);
        continue;
      }
      if (mentionsPhase4(node)) {
        unmarked.push({ line: node.position?.start.line, text: textOf(node).trim().slice(0, 120) });
        if (node.type === 'heading') section = headingOf(node);
      }
    }
  };
  walk(tree.children ?? []);
  return { changes, unmarked, problems, markers };
}
