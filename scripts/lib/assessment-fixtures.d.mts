export const indicatorIds: string[];
export const indicatorTitles: string[];
export const rubricVersion: number;
export const STORAGE_KEY: string;
export interface SampleOptions {
  id?: string;
  name?: string;
  attended?: number;
  met?: number;
  independent?: number;
  satisfaction?: number;
  requestedOn?: string;
  goLiveOn?: string;
}
// biome-ignore lint/suspicious/noExplicitAny: a fixture in the stored JSON shape, checked by the page's own validator
export function sampleRecord(options?: SampleOptions): any;
// biome-ignore lint/suspicious/noExplicitAny: as above
export function readyRecord(options?: SampleOptions): any;
export function storedRecords(records: unknown[]): string;
