export function findElectronBinary(root: string): { present: boolean; path: string; version: string | null };
