import { HomeLayout } from 'fumadocs-ui/layouts/home';
import type { Metadata } from 'next';
import Link from 'next/link';
import { baseOptions } from '@/lib/layout.shared';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This address does not match a page in the handbook.',
};

export default function NotFound() {
  return (
    <HomeLayout {...baseOptions()}>
      <main className="mx-auto w-full max-w-2xl px-4 py-20 text-center">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4 text-fd-muted-foreground">
          This address does not match a page in the handbook. It may have moved when the SOP was reorganised.
        </p>
        <p className="mt-8 flex justify-center gap-6">
          <Link href="/" className="font-medium underline underline-offset-4">
            Home
          </Link>
          <Link href="/docs" className="font-medium underline underline-offset-4">
            Start here
          </Link>
        </p>
      </main>
    </HomeLayout>
  );
}
