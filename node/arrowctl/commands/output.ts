// Output for people: aligned tables, ages, sizes.

/** Rows as aligned columns (two spaces apart), the first row being the header. */
export function table(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** How long ago `timeMs` was, the way people say it: 3s, 5m, 2h, 4d. */
export function age(timeMs: number, nowMs = Date.now()): string {
  if (timeMs <= 0) return '-';
  const seconds = Math.max(0, Math.floor((nowMs - timeMs) / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}

/** A duration in milliseconds, the same way: 800ms, 10m, 1h. */
export function duration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  return age(1, 1 + ms);
}

export function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
