// Kconfig text handling: parse `.config`-style text, merge fragments onto a base config, and
// verify that a resolved config kept every value a fragment asked for. Pure: no I/O.

/** A symbol's value as written in a .config: `y`, `m`, a number or a quoted string; `n` = not set. */
export type KconfigValue = string;

/** One assignment from a fragment, with where it came from (for error messages). */
export interface KconfigAssignment {
  symbol: string; // without the CONFIG_ prefix
  value: KconfigValue;
  source: string; // e.g. "base.config:12"
}

const SET_LINE = /^CONFIG_([A-Za-z0-9_]+)=(.*)$/;
const UNSET_LINE = /^# CONFIG_([A-Za-z0-9_]+) is not set$/;

/**
 * Parses .config or fragment text into assignments in file order. `# CONFIG_X is not set`
 * becomes value `n`. Other comments and blank lines are skipped; anything else is an error,
 * because a typo in a fragment would otherwise be silently dropped.
 */
export function parseKconfig(text: string, sourceName: string): KconfigAssignment[] {
  const out: KconfigAssignment[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const where = `${sourceName}:${i + 1}`;
    const set = SET_LINE.exec(line);
    if (set) {
      const value = set[2] ?? '';
      if (value.length === 0) throw new Error(`${where}: CONFIG_${set[1]} has an empty value`);
      out.push({ symbol: set[1] ?? '', value, source: where });
      continue;
    }
    const unset = UNSET_LINE.exec(line);
    if (unset) {
      out.push({ symbol: unset[1] ?? '', value: 'n', source: where });
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    throw new Error(`${where}: not a Kconfig assignment: ${JSON.stringify(line)}`);
  }
  return out;
}

function formatAssignment(symbol: string, value: KconfigValue): string {
  return value === 'n' ? `# CONFIG_${symbol} is not set` : `CONFIG_${symbol}=${value}`;
}

/** A fragment's name and text, e.g. { name: 'base.config', text }. */
export interface KconfigFragment {
  name: string;
  text: string;
}

/**
 * Merges fragments onto a base config (e.g. the output of `make tinyconfig`); later fragments
 * win. Symbols already in the base keep their line position (so the result diffs cleanly
 * against the base); new symbols are appended in fragment order. Comment lines of the base
 * are kept. Deterministic: the same inputs give byte-identical text (it feeds the cache key).
 */
export function mergeKconfig(baseText: string, fragments: readonly KconfigFragment[]): string {
  const finalValue = new Map<string, KconfigValue>();
  const appendOrder: string[] = [];
  const baseSymbols = new Set(parseKconfig(baseText, 'base').map((a) => a.symbol));
  for (const fragment of fragments) {
    for (const a of parseKconfig(fragment.text, fragment.name)) {
      if (!finalValue.has(a.symbol) && !baseSymbols.has(a.symbol)) appendOrder.push(a.symbol);
      finalValue.set(a.symbol, a.value);
    }
  }
  const lines: string[] = [];
  for (const raw of baseText.split('\n')) {
    const line = raw.trim();
    const m = SET_LINE.exec(line) ?? UNSET_LINE.exec(line);
    const symbol = m?.[1];
    if (symbol !== undefined && finalValue.has(symbol)) {
      lines.push(formatAssignment(symbol, finalValue.get(symbol) ?? 'n'));
    } else {
      lines.push(raw);
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (appendOrder.length > 0) lines.push('', '# Arrow template fragments');
  for (const symbol of appendOrder) lines.push(formatAssignment(symbol, finalValue.get(symbol) ?? 'n'));
  return lines.join('\n') + '\n';
}

/** A fragment assignment that the resolved config did not keep. */
export interface KconfigMismatch {
  symbol: string;
  wanted: KconfigValue;
  got: KconfigValue; // `n` when absent or not set
  source: string;
}

/**
 * Checks a resolved .config (after `make olddefconfig`) against the fragments: every symbol a
 * fragment sets must have that value (the last fragment's value, if several set it). Kconfig
 * silently drops a value whose dependencies are unmet, so this is where a broken template is
 * caught. Returns the mismatches; empty means the template is intact.
 */
export function verifyKconfig(resolvedText: string, fragments: readonly KconfigFragment[]): KconfigMismatch[] {
  const resolved = new Map<string, KconfigValue>();
  for (const a of parseKconfig(resolvedText, '.config')) resolved.set(a.symbol, a.value);
  const wanted = new Map<string, KconfigAssignment>();
  for (const fragment of fragments) {
    for (const a of parseKconfig(fragment.text, fragment.name)) wanted.set(a.symbol, a);
  }
  const mismatches: KconfigMismatch[] = [];
  for (const [symbol, a] of wanted) {
    const got = resolved.get(symbol) ?? 'n';
    if (got !== a.value) mismatches.push({ symbol, wanted: a.value, got, source: a.source });
  }
  return mismatches;
}

/** A readable error for mismatches, naming every symbol and the fragment line that set it. */
export function describeMismatches(mismatches: readonly KconfigMismatch[]): string {
  const items = mismatches.map(
    (m) => `  CONFIG_${m.symbol}: wanted ${m.wanted}, got ${m.got} (set at ${m.source})`,
  );
  return (
    `kernel config lost ${mismatches.length} symbol(s) set by the template ` +
    `(unmet dependencies or a conflicting choice):\n${items.join('\n')}`
  );
}
