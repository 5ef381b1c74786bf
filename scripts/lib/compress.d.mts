export function compressDir(dir?: string): Promise<{ count: number }>;
