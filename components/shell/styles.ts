/**
 * Class lists copied from fumadocs-ui's docs layout (16.15), so the server-rendered shell looks as
 * the client one did. Kept in one place so an upgrade of fumadocs-ui is one file to compare.
 */
export const cx = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ');

export const button =
  'inline-flex items-center justify-center rounded-md text-sm font-medium transition-colors duration-100 disabled:pointer-events-none disabled:opacity-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-fd-ring hover:bg-fd-accent hover:text-fd-accent-foreground';
export const iconButton = `${button} p-1.5 [&_svg]:size-4.5`;

const itemBase =
  'relative flex flex-row items-center gap-2 rounded-lg p-2 text-start text-fd-muted-foreground wrap-anywhere [&_svg]:size-4 [&_svg]:shrink-0';
const itemLink =
  'transition-colors hover:bg-fd-accent/50 hover:text-fd-accent-foreground/80 hover:transition-none data-[active=true]:bg-fd-primary/10 data-[active=true]:text-fd-primary data-[active=true]:hover:transition-colors';
const itemHighlight =
  "data-[active=true]:before:content-[''] data-[active=true]:before:bg-fd-primary data-[active=true]:before:absolute data-[active=true]:before:w-px data-[active=true]:before:inset-y-2.5 data-[active=true]:before:inset-s-2.5";
const itemButton = 'transition-colors hover:bg-fd-accent/50 hover:text-fd-accent-foreground/80 hover:transition-none';

export const sidebarLink = (highlight: boolean) => cx(itemBase, itemLink, highlight && itemHighlight);
export const sidebarButton = cx(itemBase, itemButton);

/** Indentation of a sidebar row at a folder depth (0 = top level). */
export const itemOffset = (depth: number) => `calc(${2 + 3 * depth} * var(--spacing))`;
