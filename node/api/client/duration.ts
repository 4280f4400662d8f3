// Durations as people write them (`90s`, `10m`, `1h30m`): one grammar for the CLI's flags and
// the API's fields.
const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The longest duration a request may give (a drain deadline, a wait): 30 days. */
export const MAX_DURATION_MS = 30 * 86_400_000;

/** `90s`, `10m`, `1h30m`, `500ms` → milliseconds; undefined if it is not one. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(ms|s|m|h|d))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h|d)/g)) total += Number(amount) * DURATION_UNITS[unit!]!;
  return total;
}
