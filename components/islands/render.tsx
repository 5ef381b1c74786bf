import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { AssessmentPlaceholder } from '@/components/assessment/placeholder';
import { ReadinessChecklistView } from '@/components/readiness/checklist';
import { ASSESSMENT_ISLAND, READINESS_ISLAND } from '@/lib/shell/islands.mjs';

/**
 * The HTML the build puts in a tool's wrapper (scripts/lib/islands.mjs runs this in Node). The
 * self-check is drawn whole, as its bundle will adopt it; the assessment shows its loading line.
 */
// biome-ignore lint/suspicious/noExplicitAny: props are the JSON the server component wrote
const draw: Record<string, (props: any) => string> = {
  [READINESS_ISLAND]: (props) => renderToString(<ReadinessChecklistView {...props} />),
  [ASSESSMENT_ISLAND]: () => renderToStaticMarkup(<AssessmentPlaceholder />),
};

export function renderIsland(name: string, props: unknown): string {
  const render = draw[name];
  if (!render) throw new Error(`No tool is called "${name}"; known: ${Object.keys(draw).join(', ')}`);
  return render(props);
}
