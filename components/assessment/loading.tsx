/** What a part loaded on demand shows while its code arrives (next/dynamic's `loading`). */
export const loading = () => <p className="text-sm text-fd-muted-foreground">Loading…</p>;
