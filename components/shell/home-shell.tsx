import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { SearchField, SearchIconButton, SiteTitle, SkipLink, ThemeSwitch } from './chrome';
import { button, cx } from './styles';

const links = [
  { text: 'Handbook', url: '/docs' },
  { text: 'Growth framework', url: '/docs/sop/growth-framework' },
  { text: 'Call readiness', url: '/docs/sop/independent-leader' },
];

const MENU = 'nd-home-menu';
const navLink =
  '[&_svg]:size-4 inline-flex items-center gap-1 p-2 text-fd-muted-foreground transition-colors hover:text-fd-accent-foreground';

/**
 * The header of the home and 404 pages, as server HTML. On narrow screens the links move into a
 * menu that is an HTML popover: it opens from its button, closes on Escape or a tap outside, with
 * no script of ours.
 */
export function HomeShell({ children }: { children: ReactNode }) {
  return (
    <div id="nd-home-layout" className="flex flex-1 flex-col [--fd-layout-width:1400px]">
      <SkipLink target="content" />
      <header id="nd-nav" className="sticky h-14 top-0 z-40">
        <div className="border-b transition-colors *:mx-auto *:max-w-(--fd-layout-width) bg-fd-background">
          <nav aria-label="Main" className="flex h-14 w-full items-center px-4">
            <SiteTitle className="inline-flex items-center gap-2.5 font-semibold" />
            <ul className="flex flex-row items-center gap-2 px-6 max-sm:hidden">
              {links.map((l) => (
                <li key={l.url} className="list-none text-sm">
                  <a className={navLink} href={l.url}>
                    {l.text}
                  </a>
                </li>
              ))}
            </ul>
            <div className="flex flex-row items-center justify-end gap-1.5 flex-1 max-lg:hidden">
              <SearchField className="w-full rounded-full ps-2.5 max-w-[240px]" />
              <ThemeSwitch className="rounded-full p-1 *:rounded-full" />
            </div>
            <div className="flex flex-row items-center ms-auto -me-1.5 lg:hidden">
              <SearchIconButton className={cx(button, '[&_svg]:size-4.5 p-2')} />
              <button
                type="button"
                aria-label="Toggle Menu"
                popoverTarget={MENU}
                className={cx(button, 'p-1.5 group [&_svg]:size-5.5')}
              >
                <ChevronDown aria-hidden="true" className="transition-transform" />
              </button>
            </div>
          </nav>
        </div>
      </header>
      <div
        id={MENU}
        popover="auto"
        className="fixed inset-x-0 top-14 m-0 w-full max-w-none border-0 border-b bg-fd-background/95 p-0 text-fd-foreground shadow-lg backdrop-blur-lg lg:hidden"
      >
        <div className="mx-auto flex max-w-(--fd-layout-width) flex-col gap-1 px-4 py-3">
          <ul className="flex flex-col sm:hidden">
            {links.map((l) => (
              <li key={l.url} className="list-none">
                <a className={cx(navLink, 'w-full')} href={l.url}>
                  {l.text}
                </a>
              </li>
            ))}
          </ul>
          <div className="flex items-center justify-end py-1">
            <ThemeSwitch className="rounded-full p-1 *:rounded-full" />
          </div>
        </div>
      </div>
      <div id="content" tabIndex={-1} className="flex flex-1 flex-col outline-none">
        {children}
      </div>
    </div>
  );
}
