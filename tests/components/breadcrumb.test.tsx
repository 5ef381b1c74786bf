import { cleanup, render, screen, within } from '@testing-library/react';
import type * as PageTree from 'fumadocs-core/page-tree';
import { afterEach, describe, expect, it } from 'vitest';
import { Breadcrumb } from '@/components/breadcrumb';

const tree: PageTree.Root = {
  name: 'Handbook',
  children: [
    { type: 'page', name: 'Start here', url: '/docs' },
    {
      type: 'folder',
      name: 'Lead & Associate SOP',
      index: { type: 'page', name: 'The model', url: '/docs/sop' },
      children: [
        {
          type: 'folder',
          name: 'Roles',
          children: [{ type: 'page', name: 'Lead role', url: '/docs/sop/roles/lead' }],
        },
      ],
    },
  ],
};

afterEach(cleanup);

describe('<Breadcrumb>', () => {
  it('is a navigation landmark that links each level with a page and marks the current page', () => {
    render(<Breadcrumb url="/docs/sop/roles/lead" tree={tree} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(nav).getByRole('link', { name: 'Lead & Associate SOP' }).getAttribute('href')).toBe('/docs/sop');
    // A folder with no page of its own is named but not linked.
    expect(within(nav).queryByRole('link', { name: 'Roles' })).toBeNull();
    expect(within(nav).getByText('Roles')).toBeTruthy();
    expect(within(nav).getByText('Lead role').getAttribute('aria-current')).toBe('page');
  });

  it('renders nothing for a top-level page, where a trail would say nothing', () => {
    const { container } = render(<Breadcrumb url="/docs" tree={tree} />);
    expect(container.innerHTML).toBe('');
  });
});
