import type { ComponentProps } from 'react';

/** Wide tables scroll sideways on phones; the wrapper takes focus so keyboard users can scroll it too. */
export function Table(props: ComponentProps<'table'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="relative my-6 overflow-auto prose-no-margin" tabIndex={0} aria-label="Table">
      <table {...props} />
    </section>
  );
}
