export const PAYLOAD_DIR: string;
export function deferRuntime(html: string): {
  html: string;
  held: number;
  payload: { path: string; text: string } | null;
};
export function deferRuntimeIn(dir: string): { pages: number; kept: number; chunks: string[] };
