// What a reader does on every page that needs a script: the theme switch, the contents highlight,
// and opening search. It reaches the browser as the text of one inline <script> (page-script.tsx),
// never as a bundled module: pages run no framework code until search is opened
// (scripts/lib/defer-runtime.mjs), so these must work without React. That is why the function uses
// only its argument and browser globals, and plain syntax a compiler has no helper to rewrite with.

export interface PageBehaviourOptions {
  /** localStorage key of the theme choice (lib/shell/theme.ts). */
  themeKey: string;
  /** The type the build gives the framework scripts it held back. */
  deferredType: string;
  /** The selector of the elements that open search. */
  searchTrigger: string;
  /** The type of the script tags that name a tool's bundle (scripts/lib/islands.mjs). */
  toolType: string;
  /** The attribute that marks a tool's wrapper, naming the tool. */
  islandAttribute: string;
}

export function pageBehaviour(o: PageBehaviourOptions): void {
  const doc = document;
  const root = doc.documentElement;

  // The theme switch: the class on <html> is what the styles and the highlighted icon follow.
  doc.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest('[data-theme-toggle]') : null;
    if (!target) return;
    const theme = root.classList.contains('dark') ? 'light' : 'dark';
    root.classList.remove('light', 'dark');
    root.classList.add(theme);
    root.style.colorScheme = theme;
    try {
      localStorage.setItem(o.themeKey, theme);
    } catch (_) {
      // Storage blocked: the theme still changes for this page.
    }
  });

  // Search: on a page whose framework code the build held back, the first request for search loads
  // it; the search island then opens the dialog it was asked for (window.__sopSearchRequested).
  // Read when asked, not now: this script runs before the last of the framework's script tags.
  const held = () => doc.querySelectorAll<HTMLScriptElement>(`script[type="${o.deferredType}"]`);
  let loading = false;
  const load = () => {
    const scripts = held();
    if (loading || !scripts.length) return false;
    loading = true;
    // In the page's order, which puts the page's payload first: the framework reads it as it starts.
    // They still download at once.
    scripts.forEach((s) => {
      const script = doc.createElement('script');
      script.src = s.getAttribute('data-src') || '';
      script.async = false;
      doc.body.appendChild(script);
    });
    return true;
  };
  const isTrigger = (t: EventTarget | null) => t instanceof Element && t.closest(o.searchTrigger) !== null;
  const request = () => {
    const w = window as unknown as { __sopSearchRequested?: boolean; __sopSearchReady?: boolean };
    // Once the framework has started, the search island answers itself.
    if (w.__sopSearchReady || (!loading && !held().length)) return false;
    w.__sopSearchRequested = true;
    root.setAttribute('data-search-loading', '');
    load();
    return true;
  };
  doc.addEventListener('click', (e) => {
    if (isTrigger(e.target)) request();
  });
  doc.addEventListener('keydown', (e) => {
    if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k' && request()) e.preventDefault();
  });
  // Pointing at or focusing the search field starts the download, so the click waits less.
  const warm = (e: Event) => {
    if (isTrigger(e.target)) load();
  };
  doc.addEventListener('pointerover', warm);
  doc.addEventListener('focusin', warm);

  // A tool (the self-check, the assessment) starts from its own bundle once the page has loaded and
  // painted, so its code never delays the first view of the page; the page's HTML already shows it.
  // One marked data-start="visible" waits until the reader comes near it or touches it, unless they
  // have used it before (its wrapper's data-stored-key is in storage): then it shows their answers at once.
  const startTool = (s: Element) => {
    (s.getAttribute('data-imports') || '').split(' ').forEach((href) => {
      if (!href) return;
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      doc.head.appendChild(link);
    });
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = s.getAttribute('data-src') || '';
    doc.body.appendChild(script);
  };
  const startTools = () => {
    doc.querySelectorAll(`script[type="${o.toolType}"]`).forEach((s) => {
      const island = doc.querySelector(`[${o.islandAttribute}="${s.getAttribute('data-tool')}"]`);
      const key = island?.getAttribute('data-stored-key');
      let used = false;
      try {
        used = !!key && localStorage.getItem(key) !== null;
      } catch (_) {
        // Storage blocked: nothing stored to show.
      }
      if (
        !island ||
        used ||
        s.getAttribute('data-start') !== 'visible' ||
        typeof IntersectionObserver === 'undefined'
      ) {
        startTool(s);
        return;
      }
      let started = false;
      const go = () => {
        if (started) return;
        started = true;
        observer.disconnect();
        startTool(s);
      };
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((en) => en.isIntersecting)) go();
        },
        { rootMargin: '400px 0px' },
      );
      observer.observe(island);
      island.addEventListener('pointerdown', go, { once: true });
      island.addEventListener('focusin', go, { once: true });
    });
  };
  const afterPaint = () => {
    requestAnimationFrame(() => {
      setTimeout(startTools, 0);
    });
  };
  if (doc.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });

  // The contents highlight: marks the entry of the first section on screen (data-active), and closes
  // the narrow-screen contents after a jump. The contents work without it.
  const spy = () => {
    const links = Array.prototype.slice.call(
      doc.querySelectorAll('#nd-toc a[href^="#"], [data-toc-compact] a'),
    ) as HTMLAnchorElement[];
    if (!links.length || typeof IntersectionObserver === 'undefined') return;
    const idOf = (a: HTMLAnchorElement) => decodeURIComponent(a.hash.slice(1));
    const headings: HTMLElement[] = [];
    links.forEach((a) => {
      const h = doc.getElementById(idOf(a));
      if (h && headings.indexOf(h) < 0) headings.push(h);
    });
    const visible: Record<string, boolean> = {};
    let current = '';
    const observer = new IntersectionObserver(
      (entries) => {
        entries.forEach((en) => {
          visible[en.target.id] = en.isIntersecting;
        });
        // The first heading on screen; with none on screen, the last one marked stays marked.
        let next = current;
        for (let i = 0; i < headings.length; i++)
          if (visible[headings[i].id]) {
            next = headings[i].id;
            break;
          }
        if (next === current) return;
        current = next;
        links.forEach((a) => {
          a.setAttribute('data-active', String(idOf(a) === current));
        });
      },
      { rootMargin: '-56px 0px -40% 0px' },
    );
    headings.forEach((h) => {
      observer.observe(h);
    });
    const compact = doc.querySelector<HTMLDetailsElement>('[data-toc-compact] details');
    compact?.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('a')) compact.open = false;
    });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', spy, { once: true });
  else spy();
}
