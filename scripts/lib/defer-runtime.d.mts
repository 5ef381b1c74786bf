export function deferRuntime(html: string): { html: string; held: number };
export function deferRuntimeIn(dir: string): { pages: number; kept: number; chunks: string[] };
