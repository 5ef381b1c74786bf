import type { Page } from 'playwright-core';
export declare function selfCheckReady(page: Page): Promise<void>;
