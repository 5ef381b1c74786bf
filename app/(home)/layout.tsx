import { HomeLayout } from 'fumadocs-ui/layouts/home';
import { baseOptions } from '@/lib/layout.shared';

export default function Layout({ children }: LayoutProps<'/'>) {
  return (
    <HomeLayout
      {...baseOptions()}
      links={[
        { text: 'Handbook', url: '/docs' },
        { text: 'Growth framework', url: '/docs/sop/growth-framework' },
        { text: 'Call readiness', url: '/docs/sop/independent-leader' },
      ]}
    >
      {children}
    </HomeLayout>
  );
}
