import defaultMdxComponents from 'fumadocs-ui/mdx';
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { ProposalStatus, ReadinessChecklist, ReadinessFact, ReadinessGroups } from './readiness';

/** Wide tables scroll sideways on phones; the wrapper takes focus so keyboard users can scroll it too. */
function Table(props: ComponentProps<'table'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="relative my-6 overflow-auto prose-no-margin" tabIndex={0} aria-label="Table">
      <table {...props} />
    </section>
  );
}

export function getMDXComponents(components?: MDXComponents) {
  return {
    ...defaultMdxComponents,
    table: Table,
    ProposalStatus,
    ReadinessChecklist,
    ReadinessFact,
    ReadinessGroups,
    ...components,
  } satisfies MDXComponents;
}
