import type { Page } from 'playwright-core';
export function seedStorageOnce(page: Page, items: Record<string, string>): Promise<void>;
