export const precacheGlobs: string[];
export const precacheIgnores: string[];
export function writeServiceWorker(dir?: string): Promise<{ count: number; size: number }>;
