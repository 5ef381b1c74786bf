import type * as PageTree from 'fumadocs-core/page-tree';
import type { TOCItemType } from 'fumadocs-core/toc';
import { PanelLeft, X } from 'lucide-react';
import type { CSSProperties, ReactNode } from 'react';
import { site } from '@/lib/site';
import { SearchField, SearchIconButton, SiteTitle, SkipLink, ThemeSwitch } from './chrome';
import { SidebarTree } from './sidebar-tree';
import { button, cx, iconButton } from './styles';
import { Toc, TocPopover } from './toc';

// The grid fumadocs-ui's DocsLayout lays the page out on: sidebar, header, the page, the contents.
const gridStyle = {
  gridTemplate: `"sidebar sidebar header toc toc"
"sidebar sidebar toc-popover toc toc"
"sidebar sidebar main toc toc" 1fr / minmax(min-content, 1fr) var(--fd-sidebar-col) minmax(0, calc(var(--fd-layout-width,97rem) - var(--fd-sidebar-width) - var(--fd-toc-width))) var(--fd-toc-width) minmax(min-content, 1fr)`,
  '--fd-docs-row-1': 'var(--fd-banner-height, 0px)',
  '--fd-docs-row-2': 'calc(var(--fd-docs-row-1) + var(--fd-header-height))',
  '--fd-docs-row-3': 'calc(var(--fd-docs-row-2) + var(--fd-toc-popover-height))',
  '--fd-sidebar-col': 'var(--fd-sidebar-width)',
} as CSSProperties;

const DRAWER = 'nd-sidebar-mobile';
const viewport =
  'flex min-h-0 flex-1 flex-col gap-0.5 overflow-y-auto p-4 overscroll-contain [scrollbar-width:thin] mask-[linear-gradient(to_bottom,transparent,white_12px,white_calc(100%-12px),transparent)]';

// Invoker commands (commandfor / command) open and close a <dialog> with no script of our own.
declare module 'react' {
  interface ButtonHTMLAttributes<T> {
    commandfor?: string;
    command?: string;
  }
}

/**
 * The docs layout as server HTML: every page gets its sidebar, header, contents and drawer
 * rendered at build time, so nothing here hydrates but the search trigger's listener, the theme
 * switch and the contents' scroll-spy.
 */
export function DocsShell({
  tree,
  url,
  title,
  toc: pageToc,
  full = false,
  children,
}: {
  tree: PageTree.Root;
  url: string;
  title: string;
  toc: TOCItemType[];
  /** A tool page (front matter `full: true`): the content takes the width the table of contents had. */
  full?: boolean;
  children: ReactNode;
}) {
  const toc = full ? [] : pageToc;
  return (
    <div
      id="nd-docs-layout"
      style={gridStyle}
      // The sizes the layout's parts claim, set here for each width. fumadocs-ui's parts set them with its
      // `layout:` variant, a :has() rule that searched the whole page again on every restyle: half the
      // selector matching of a tick in the self-check.
      className={cx(
        'grid overflow-x-clip min-h-(--fd-docs-height) [--fd-docs-height:100dvh] [--fd-header-height:0px] [--fd-toc-popover-height:0px] [--fd-sidebar-width:0px] [--fd-toc-width:0px]',
        'max-md:[--fd-header-height:--spacing(14)] md:[--fd-sidebar-width:268px]',
        !full && 'xl:[--fd-toc-width:268px]',
        toc.length > 0 && 'max-xl:[--fd-toc-popover-height:--spacing(10)]',
      )}
    >
      <SkipLink target="nd-page" />
      <header
        id="nd-subnav"
        className="[grid-area:header] sticky top-(--fd-docs-row-1) z-30 flex items-center ps-4 pe-2.5 border-b transition-colors h-(--fd-header-height) md:hidden bg-fd-background"
      >
        <SiteTitle className="inline-flex items-center gap-2.5 font-semibold" />
        <div className="flex-1" />
        <SearchIconButton className={cx(button, '[&_svg]:size-4.5 p-2')} />
        <button
          type="button"
          aria-label="Open Sidebar"
          aria-controls={DRAWER}
          commandfor={DRAWER}
          command="show-modal"
          className={cx(button, '[&_svg]:size-4.5 p-2')}
        >
          <PanelLeft aria-hidden="true" />
        </button>
      </header>

      <div
        data-sidebar-placeholder=""
        className="sticky top-(--fd-docs-row-1) z-20 [grid-area:sidebar] pointer-events-none *:pointer-events-auto h-[calc(var(--fd-docs-height)-var(--fd-docs-row-1))] max-md:hidden"
      >
        <aside
          id="nd-sidebar"
          className="absolute flex flex-col w-full inset-s-0 inset-y-0 items-end bg-fd-card text-sm border-e *:w-(--fd-sidebar-width)"
        >
          <div className="flex flex-col gap-3 p-4 pb-2">
            {/* The height of the collapse button the client sidebar had, so nothing below moves. */}
            <div className="flex min-h-[30px]">
              <SiteTitle className="inline-flex text-[0.9375rem] items-center gap-2.5 font-medium me-auto" />
            </div>
            <SearchField />
          </div>
          <nav aria-label="Handbook" className={viewport}>
            <SidebarTree tree={tree} url={url} />
          </nav>
          <div className="flex flex-col p-4 pt-2">
            <div className="flex text-fd-muted-foreground items-center border bg-fd-secondary/50 p-0.5 pe-0 rounded-lg">
              <ThemeSwitch className="px-1 py-0 border-y-0 border-e-0 rounded-none ms-auto *:rounded-md" />
            </div>
          </div>
        </aside>
      </div>

      {/* The phone's navigation: a modal <dialog>, so it opens and closes without script, keeps focus
          inside while open, closes with Escape or a tap outside, and gives focus back on closing. */}
      <dialog
        id={DRAWER}
        aria-label="Handbook navigation"
        closedby="any"
        className="fixed inset-y-0 inset-e-0 inset-s-auto m-0 h-dvh max-h-none w-[85%] max-w-[380px] flex-col border-0 border-s bg-fd-background p-0 text-[0.9375rem] text-fd-foreground shadow-lg open:flex open:animate-fd-sidebar-in backdrop:bg-transparent backdrop:backdrop-blur-xs md:hidden"
      >
        <div className="flex flex-col gap-3 p-4 pb-2">
          <div className="flex text-fd-muted-foreground items-center gap-1.5">
            <div className="flex flex-1" />
            <ThemeSwitch className="rounded-full p-0 *:rounded-full" />
            <button
              type="button"
              aria-label="Close Sidebar"
              commandfor={DRAWER}
              command="close"
              // biome-ignore lint/a11y/noAutofocus: takes effect when the reader opens the drawer: focus goes to its close button, as in any dialog
              autoFocus
              className={cx(iconButton, 'p-2')}
            >
              <X aria-hidden="true" />
            </button>
          </div>
        </div>
        <nav aria-label="Handbook" className={viewport}>
          <SidebarTree tree={tree} url={url} />
        </nav>
      </dialog>

      <TocPopover items={toc} title={title} />
      <main className="grid [grid-area:main] justify-items-center" data-layout-main="">
        <article
          id="nd-page"
          tabIndex={-1}
          // Printed links show their full address (global.css); the origin is SITE_URL at build time.
          style={{ '--site-url': JSON.stringify(site.url) } as CSSProperties}
          data-layout-content=""
          className={cx(
            'flex flex-col min-w-0 w-full px-4 py-6 gap-4 outline-none md:px-6 md:pt-8 xl:px-8 xl:pt-14',
            full ? 'max-w-[1168px]' : 'max-w-[900px]',
          )}
        >
          {children}
        </article>
      </main>
      {/* A full-width page gives the table of contents' column to its content. */}
      {full ? null : <Toc items={toc} />}
    </div>
  );
}
