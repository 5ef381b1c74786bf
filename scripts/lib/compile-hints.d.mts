export const COMPILE_HINT: string;
export function startupChunks(html: string): string[];
export function addCompileHints(dir: string, chunks: readonly string[]): number;
