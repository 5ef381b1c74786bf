import type { Metadata } from 'next';
import { HomeShell } from '@/components/shell/home-shell';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This address does not match a page in the handbook.',
};

export default function NotFound() {
  return (
    <HomeShell>
      <main className="mx-auto w-full max-w-2xl px-4 py-20 text-center">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4 text-fd-muted-foreground">
          This address does not match a page in the handbook. It may have moved when the SOP was reorganised.
        </p>
        <p className="mt-8 flex justify-center gap-6">
          <a href="/" className="font-medium underline underline-offset-4">
            Home
          </a>
          <a href="/docs" className="font-medium underline underline-offset-4">
            Start here
          </a>
        </p>
      </main>
    </HomeShell>
  );
}
