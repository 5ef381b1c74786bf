import { HomeShell } from '@/components/shell/home-shell';

export default function Layout({ children }: LayoutProps<'/'>) {
  return <HomeShell>{children}</HomeShell>;
}
