'use client';
import { useEffect } from 'react';

/**
 * Marks the contents entry of the section being read (data-active, which the links' styles use),
 * and closes the narrow-screen contents after a jump. The contents work without it; this only adds
 * the highlight. Renders nothing.
 */
export function TocSpy() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('#nd-toc a[href^="#"], [data-toc-compact] a')];
    const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    const visible = new Set<string>();
    let current = '';
    const mark = () => {
      // The first heading on screen; with none on screen, the last one marked stays marked.
      const next = headings.find((h) => visible.has(h.id))?.id ?? current;
      if (next === current) return;
      current = next;
      for (const a of links) a.dataset.active = String(decodeURIComponent(a.hash.slice(1)) === current);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.add(e.target.id);
          else visible.delete(e.target.id);
        }
        mark();
      },
      { rootMargin: '-56px 0px -40% 0px' },
    );
    for (const h of headings) observer.observe(h);

    const popover = document.querySelector<HTMLDetailsElement>('[data-toc-compact] details');
    const onJump = (e: Event) => {
      if (popover && e.target instanceof Element && e.target.closest('a')) popover.open = false;
    };
    popover?.addEventListener('click', onJump);
    return () => {
      observer.disconnect();
      popover?.removeEventListener('click', onJump);
    };
  }, []);
  return null;
}
