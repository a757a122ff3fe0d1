// The performance targets the figures are held against. Missing one is reported, never fatal.

export interface Target {
  /** Dotted path of the figure in the report. */
  figure: string;
  max: number;
  unit: string;
}

export const TARGETS: Target[] = [
  { figure: 'startup.mainReadyMs', max: 150, unit: 'ms' },
  { figure: 'db.clientList.p95Ms', max: 5, unit: 'ms' },
  { figure: 'db.clientSearch.p95Ms', max: 10, unit: 'ms' },
  { figure: 'ipc.handlerOverheadRatio', max: 1.3, unit: 'ratio' },
  { figure: 'db.clientDetail.p95Ms', max: 10, unit: 'ms' },
  { figure: 'db.debtBalance.p95Ms', max: 5, unit: 'ms' },
  { figure: 'db.quickSearch.p95Ms', max: 10, unit: 'ms' },
  { figure: 'pdf.letterWarm.p50Ms', max: 25, unit: 'ms' },
  { figure: 'pdf.packet5Pages.p50Ms', max: 80, unit: 'ms' },
  { figure: 'pdf.batch20Packets.totalMs', max: 2000, unit: 'ms' },
  { figure: 'pdf.rssGrowthPct', max: 10, unit: '%' },
  { figure: 'pdf.vsChromiumRatio', max: 0.25, unit: 'ratio' },
  { figure: 'db.timeline.p95Ms', max: 15, unit: 'ms' },
  { figure: 'ui.firstListMs', max: 1000, unit: 'ms' },
  { figure: 'ui.clientPageMs', max: 300, unit: 'ms' },
  { figure: 'ui.quickSearchMs', max: 200, unit: 'ms' },
  { figure: 'db.followups.p95Ms', max: 15, unit: 'ms' },
  { figure: 'insights.lenderPageMs', max: 50, unit: 'ms' },
  { figure: 'insights.proposalHintsMs', max: 20, unit: 'ms' },
  { figure: 'files.attach20MbMs', max: 400, unit: 'ms' },
  { figure: 'export.clientsL.xlsxMs', max: 5000, unit: 'ms' },
  { figure: 'import.xlsx5000Ms', max: 10000, unit: 'ms' },
  { figure: 'backup.vsVacuumIntoRatio', max: 1.3, unit: 'ratio' },
  { figure: 'backup.restoreVsVacuumIntoRatio', max: 2, unit: 'ratio' },
  { figure: 'mainLoop.backup.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.restore.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.caseExport.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.purge.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.caseImport.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.casePreview.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.spreadsheetImport.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'mainLoop.maxStallMs', max: 50, unit: 'ms' },
  { figure: 'crash.killsFailed', max: 0, unit: 'kills' },
  { figure: 'crash.lostAcknowledgedWrites', max: 0, unit: 'writes' },
];

export interface TargetResult {
  max: number;
  unit: string;
  value: number | null;
  met: boolean;
}

function lookup(report: unknown, figure: string): number | null {
  let node: unknown = report;
  for (const part of figure.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : null;
}

export function checkTargets(report: unknown): Record<string, TargetResult> {
  return Object.fromEntries(
    TARGETS.map((t) => {
      const value = lookup(report, t.figure);
      return [t.figure, { max: t.max, unit: t.unit, value, met: value !== null && value <= t.max }];
    }),
  );
}
