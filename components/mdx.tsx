import { Callout } from 'fumadocs-ui/components/callout';
import { Card, Cards } from 'fumadocs-ui/components/card';
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { AssessmentTool } from './assessment';
import { BlankAssessmentSheet } from './assessment/blank-sheet';
import {
  ProposalChanges,
  ProposalDecisions,
  ProposalNewPages,
  ProposalOpenQuestions,
  ProposedChange,
} from './proposal';
import { ProposalStatus, ReadinessChecklist, ReadinessFact, ReadinessGroups } from './readiness';
import { Heading } from './shell/heading';
import { MdxLink } from './shell/mdx-link';
import { Table } from './table';

// Built from the individual components rather than fumadocs-ui/mdx's defaults: those also register
// the client-side code block, and every docs page would download it although the handbook has no code.

/**
 * Markdown task lists ("- [ ] step") are checklists to act on, not a form: each box is drawn, and
 * hidden from assistive technology, instead of an unlabelled disabled checkbox.
 */
function Input(props: ComponentProps<'input'>) {
  if (props.type === 'checkbox') return <span className="task-box" aria-hidden="true" />;
  return <input {...props} />;
}

const headings = Object.fromEntries(
  (['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((as) => [
    as,
    (props: ComponentProps<typeof as>) => <Heading as={as} {...props} />,
  ]),
);

export function getMDXComponents(components?: MDXComponents) {
  return {
    ...headings,
    a: MdxLink,
    table: Table,
    input: Input,
    AssessmentTool,
    BlankAssessmentSheet,
    Callout,
    Card,
    Cards,
    ProposalChanges,
    ProposalDecisions,
    ProposalNewPages,
    ProposalOpenQuestions,
    ProposalStatus,
    ProposedChange,
    ReadinessChecklist,
    ReadinessFact,
    ReadinessGroups,
    ...components,
  } satisfies MDXComponents;
}
