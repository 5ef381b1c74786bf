/**
 * Resolves in a later task, so the browser can paint and take input between two long steps (reading
 * a large file, then drawing what it holds) instead of running them as one block.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
