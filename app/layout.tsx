import type { Metadata, Viewport } from 'next';
import { ServiceWorkerScript } from '@/components/offline/service-worker-script';
import { PageScript } from '@/components/shell/page-script';
import { SearchHost } from '@/components/shell/search-host';
import { themeScript } from '@/lib/shell/theme';
import { site } from '@/lib/site';
import './global.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  // With the manifest (app/manifest.ts), "Add to Home Screen" on an iPhone opens an app window. Next
  // writes only mobile-web-app-capable for `capable`; older iOS reads the apple- name alone.
  appleWebApp: { capable: true, title: 'SOP Handbook', statusBarStyle: 'default' },
  other: { 'apple-mobile-web-app-capable': 'yes' },
  openGraph: { type: 'website', siteName: site.name, title: site.name, description: site.description, url: '/' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Sets the reader's theme class before the first paint (no flash of the wrong theme). */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant string of our own */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col">
        {children}
        <SearchHost />
        <PageScript />
        <ServiceWorkerScript />
      </body>
    </html>
  );
}
