import { useInstantFormat } from '../../../components/instant';

// How the backup card shows a moment and a file size.

// 2026-12-07 13:21 in every language, as everywhere else in Parley.
export function useFormatDateTime() {
  const instant = useInstantFormat();
  return (iso: string) => instant(iso);
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
