// Shared set-up for the case documents, packets and letterhead tests: a real encrypted
// database with a seeded case per test, and helpers that read the PDFs back with poppler.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, expect } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { folderPerTest, openCorePerTest } from '../../../helpers/case';
import type { TestCore } from '../../../helpers/core';
import { inkedPixels, pageCount, rasterize } from '../pdf/poppler';
import { seedCase, type CaseFixture } from './fixture';

export let core: TestCore;
export let f: CaseFixture;
export let out: string;
openCorePerTest((c) => (core = c));
folderPerTest('parley-docs-out-', (dir) => (out = dir));
beforeEach(async () => {
  f = await seedCase(core);
});

export async function saved<C extends 'documents.save' | 'packets.save'>(channel: C, input: ChannelInput<C>): Promise<Buffer> {
  const file = path.join(out, `${channel}-${Math.random().toString(36).slice(2)}.pdf`);
  core.platform.nextSavePath(file);
  const res = (await core.call(channel, ...([input] as [ChannelInput<C>]))) as { path: string | null };
  expect(res.path).toBe(file);
  return fs.readFileSync(file);
}

export function expectNoBlankPage(pdf: Buffer): void {
  const pages = pageCount(pdf);
  for (let p = 1; p <= pages; p++) expect(inkedPixels(rasterize(pdf, p, 30)), `page ${p}`).toBeGreaterThan(400);
}

export function indexes(text: string, words: string[]): number[] {
  return words.map((w) => {
    const i = text.indexOf(w);
    expect(i, w).toBeGreaterThanOrEqual(0);
    return i;
  });
}

export const ascending = (list: number[]) => list.every((v, i) => i === 0 || v > list[i - 1]!);

