'use client';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { SEARCH_TRIGGER } from '@/lib/shell/deferred.mjs';

// The dialog, Radix and the search engine load only when a reader opens search.
const SearchDialog = dynamic(() => import('../search'), { ssr: false });

/**
 * Opens search from any server-rendered trigger (`data-search` or `data-search-full`) and from
 * Ctrl+K / ⌘K. The triggers stay plain HTML; this island only listens, and renders nothing until
 * search is first opened.
 */
export function SearchHost() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);

  useEffect(() => {
    // On a page that loaded this code only because search was asked for (page-behaviour.ts), open it.
    const w = window as { __sopSearchRequested?: boolean; __sopSearchReady?: boolean };
    w.__sopSearchReady = true;
    if (w.__sopSearchRequested) {
      w.__sopSearchRequested = false;
      setUsed(true);
      setOpen(true);
    }
    document.documentElement.removeAttribute('data-search-loading');
    const onClick = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest(SEARCH_TRIGGER)) return;
      setUsed(true);
      setOpen(true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.metaKey || e.ctrlKey) || e.key.toLowerCase() !== 'k') return;
      e.preventDefault();
      setUsed(true);
      setOpen((was) => !was);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  return used ? <SearchDialog open={open} onOpenChange={setOpen} /> : null;
}
