import type { Browser } from 'playwright-core';
export const chromiumFlags: string[];
export const chromiumHint: string;
export function findChromium(): string;
export function launchBrowser(): Promise<Browser>;
