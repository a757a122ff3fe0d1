// What a person's data looks like on disk, and where to look for it.
import fs from 'node:fs';
import path from 'node:path';
import { encodings } from './sqlcipher-pages';

export interface Needles {
  name: string;
  phone: string;
  idNumber: string;
  extra?: string[];
}

/** The texts to look for: the name, the phone and ID numbers (and their digits), anything extra. */
export function needleList(n: Needles): string[] {
  const digits = n.idNumber.replace(/\D/g, '');
  return [n.name, n.phone, n.idNumber, digits, digits.slice(0, 17), ...(n.extra ?? [])].filter((x, i, all) => all.indexOf(x) === i);
}

/** Which needles (UTF-8 or UTF-16LE) occur in the bytes. */
export function plainHits(bytes: Buffer, needles: readonly string[]): string[] {
  return needles.filter((n) => encodings(n).some((e) => bytes.includes(e)));
}

/** Every file under a folder, recursively. */
export function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? allFiles(p) : [p];
  });
}
