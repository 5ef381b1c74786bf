'use client';
import { RootProvider } from 'fumadocs-ui/provider/next';
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';

// The dialog and its search engine load only when a reader opens search, so they stay out of every page's first load.
const SearchDialog = dynamic(() => import('./search'), { ssr: false });

export function Provider({ children }: { children: ReactNode }) {
  return <RootProvider search={{ SearchDialog, preload: false }}>{children}</RootProvider>;
}
