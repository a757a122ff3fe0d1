// Spreadsheets: the whole client list exported as .xlsx (every client of the fixture, through
// the channel the renderer calls, file written), and a 5,000-row sheet imported into a new
// database (read and checked, previewed, committed in one transaction).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pinyin } from 'pinyin-pro';
import { openCore, type Core } from '../../electron/main/core';
import { FIXTURE_KEY } from '../fixtures';
import { createScriptedPlatform } from '../harness/platform';
import { benchNow, samplesFor, type BenchContext } from './context';
import { ms, summarize, timeAsync } from './timing';

async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

export interface ExportFigures {
  /** The median, as the figure `export.clientsL.xlsxMs` (named for the L fixture; the run's size is in meta). */
  xlsxMs: number;
  rows: number;
  bytes: number;
  runs: ReturnType<typeof summarize>;
  csv: ReturnType<typeof summarize>;
}

export async function benchExportClients(ctx: BenchContext, core: Core): Promise<ExportFigures> {
  const runs: number[] = [];
  const csv: number[] = [];
  let rows = 0;
  let bytes = 0;
  const n = samplesFor(ctx, 5);
  for (let i = 0; i < n; i++) {
    let out: { path: string | null; rows: number } | undefined;
    runs.push(await timeAsync(async () => (out = (await call(core, 'exports.clients', { format: 'xlsx', archived: false })) as typeof out)));
    rows = out!.rows;
    bytes = fs.statSync(out!.path!).size;
    fs.rmSync(out!.path!);
    csv.push(await timeAsync(async () => (out = (await call(core, 'exports.clients', { format: 'csv', archived: false })) as typeof out)));
    fs.rmSync(out!.path!);
  }
  const summary = summarize(runs);
  return { xlsxMs: ms(summary.p50Ms), rows, bytes, runs: summary, csv: summarize(csv) };
}

export interface ImportFigures {
  /** Median of the runs: pick (read and check the file), preview, commit – figure `import.xlsx5000Ms`. */
  xlsx5000Ms: number;
  rows: number;
  clients: number;
  fileBytes: number;
  runs: ReturnType<typeof summarize>;
  /** The three steps of the median run. */
  steps: { pickMs: number; previewMs: number; commitMs: number };
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞斌宇浩凯秀兰建国志强晓东海燕文博雪梅春花丹丹'].slice(0, 50);
/** 1,250 different names (person names hold no digits). */
const clientName = (c: number) => `${SURNAMES[c % 25]}${GIVEN[Math.floor(c / 25) % 50]}${GIVEN[(c * 7) % 50]}`;

const LENDERS = ['招商银行', '中国工商银行', '平安普惠', '喆华消费金融', '燚达网贷', '马上消费金融', '蚂蚁借呗', '京东金条', '微粒贷', '度小满'];

/** A 5,000-row sheet: 1,250 clients with four debts each, lenders written by name, alias-free variants and pinyin. */
export async function importSheet(file: string): Promise<number> {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const id = (n: number) => {
    const first17 = `110105${1980 + Math.floor(n / 1000)}0101${String(n % 1000).padStart(3, '0')}`;
    const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
    return first17 + '10X98765432'[sum % 11]!;
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户姓名', '身份证号', '手机号', '债权人', '产品类型', '合同号', '本金（元）', '利息', '罚息', '逾期日期']);
  for (let c = 0; c < 1250; c++) {
    for (let d = 0; d < 4; d++) {
      const lender = LENDERS[(c + d) % LENDERS.length]!;
      ws.addRow([clientName(c), id(c), `138${String(c).padStart(8, '0')}`, d === 3 ? pinyin(lender, { toneType: 'none' }) : lender, '网络贷款', `HT-${c}-${d}`, 1000 + c + d / 100, 50.5, 12, new Date(Date.UTC(2024, c % 12, 1 + (d % 28)))]);
    }
  }
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return fs.statSync(file).size;
}

export async function benchImport(ctx: BenchContext): Promise<ImportFigures> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-import-'));
  try {
    const sheet = path.join(root, 'caseload.xlsx');
    const fileBytes = await importSheet(sheet);
    const runs: { total: number; pickMs: number; previewMs: number; commitMs: number; clients: number }[] = [];
    for (let i = 0; i < samplesFor(ctx, 3); i++) {
      const dataDir = path.join(root, `run-${i}`);
      const platform = createScriptedPlatform(`${dataDir}-platform`);
      const core = openCore({ dataDir, key: FIXTURE_KEY, now: benchNow, platform, appVersion: 'bench', logError: (c, err) => { throw new Error(`${c}: ${String(err)}`); } });
      try {
        for (const name of LENDERS.slice(0, 8)) await call(core, 'lenders.create', { name, type: name.includes('银行') ? 'bank' : 'online_platform' });
        platform.nextFiles([sheet]);
        let picked: { token: string; mapping: unknown } | undefined;
        let result: { clients: number } | undefined;
        const pickMs = await timeAsync(async () => (picked = (await call(core, 'imports.pick', {})) as typeof picked));
        const previewMs = await timeAsync(() => call(core, 'imports.preview', { token: picked!.token, mapping: picked!.mapping }));
        const commitMs = await timeAsync(async () => (result = (await call(core, 'imports.commit', { token: picked!.token, mapping: picked!.mapping })) as typeof result));
        runs.push({ total: pickMs + previewMs + commitMs, pickMs, previewMs, commitMs, clients: result!.clients });
      } finally {
        core.close();
      }
    }
    runs.sort((a, b) => a.total - b.total);
    const median = runs[Math.floor((runs.length - 1) / 2)]!;
    return {
      xlsx5000Ms: ms(median.total),
      rows: 5000,
      clients: median.clients,
      fileBytes,
      runs: summarize(runs.map((r) => r.total)),
      steps: { pickMs: ms(median.pickMs), previewMs: ms(median.previewMs), commitMs: ms(median.commitMs) },
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
