import type { Browser } from 'playwright-core';

type Check = (measure: string, value: string, limit: string, ok: boolean, unit?: string) => void;
export function recordWithCalls(calls: number): object;
export function benchAssessmentPhone(browser: Browser, url: string, check: Check): Promise<unknown>;
