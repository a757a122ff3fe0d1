#!/usr/bin/env node
// Usage: node electron/scripts/icons.mjs
// Draws resources/icon.svg with Chromium at every size the installers want and writes
// resources/icon.png (1024 px), resources/icon.ico (Windows: PNG entries 16–256 px) and
// resources/icon.icns (macOS: PNG entries 16–1024 px). Run after changing the SVG; the
// outputs are committed, so packaging needs no browser.

import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RES = path.join(ROOT, 'resources');
const svg = fs.readFileSync(path.join(RES, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const png = {};
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  png[size] = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();

fs.writeFileSync(path.join(RES, 'icon.png'), png[1024]);

// ICO: a 6-byte header, a 16-byte entry per image, then the PNG data (allowed since Vista).
const icoSizes = [16, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(size === 256 ? 0 : size, at);
  header.writeUInt8(size === 256 ? 0 : size, at + 1);
  header.writeUInt16LE(1, at + 4); // colour planes
  header.writeUInt16LE(32, at + 6); // bits per pixel
  header.writeUInt32LE(png[size].length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png[size].length;
});
fs.writeFileSync(path.join(RES, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => png[s])]));

// ICNS: 'icns' + total length, then typed PNG chunks.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];
const chunks = icnsTypes.map(([type, size]) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(png[size].length + 8, 4);
  return Buffer.concat([head, png[size]]);
});
const body = Buffer.concat(chunks);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(body.length + 8, 4);
fs.writeFileSync(path.join(RES, 'icon.icns'), Buffer.concat([icnsHead, body]));
console.log('[icons] wrote resources/icon.png, icon.ico, icon.icns');
