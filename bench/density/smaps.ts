// Where a process's memory goes, from /proc/<pid>/smaps: per mapping group, resident, proportional
// (PSS) and private bytes. Pure parsing apart from the one bounded read.
import { readFile } from 'node:fs/promises';

const MAX_SMAPS_BYTES = 16 * 1024 * 1024;

export interface MappingUsage {
  /** kB figures as smaps gives them */
  sizeKb: number;
  rssKb: number;
  pssKb: number;
  privateCleanKb: number;
  privateDirtyKb: number;
  /** anonymous pages (in a private file mapping: the pages copied on write) */
  anonymousKb: number;
  anonHugeKb: number;
}

export type Usage = Record<string, MappingUsage>;

const empty = (): MappingUsage => ({ sizeKb: 0, rssKb: 0, pssKb: 0, privateCleanKb: 0, privateDirtyKb: 0, anonymousKb: 0, anonHugeKb: 0 });

const FIELDS: Readonly<Record<string, keyof MappingUsage>> = {
  Size: 'sizeKb',
  Rss: 'rssKb',
  Pss: 'pssKb',
  Private_Clean: 'privateCleanKb',
  Private_Dirty: 'privateDirtyKb',
  Anonymous: 'anonymousKb',
  AnonHugePages: 'anonHugeKb',
};

/** Names a mapping's group from its path ('' for anonymous ones) and permissions ("rwxp"). */
export type Grouping = (path: string, perms: string) => string;

/** Sums smaps per group. */
export function parseSmaps(text: string, group: Grouping): Usage {
  const usage: Usage = {};
  let current: MappingUsage | undefined;
  for (const line of text.split('\n')) {
    const header = /^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      const name = group(header[2] ?? '', header[1] ?? '');
      current = usage[name] ??= empty();
      continue;
    }
    const field = /^(\w+):\s+(\d+) kB$/.exec(line);
    const key = field ? FIELDS[field[1]!] : undefined;
    if (current && key) current[key] += Number(field![2]);
  }
  return usage;
}

export async function readSmaps(pid: number, group: Grouping): Promise<Usage> {
  const text = await readFile(`/proc/${pid}/smaps`, { encoding: 'utf8', signal: AbortSignal.timeout(5000) });
  return parseSmaps(text.slice(0, MAX_SMAPS_BYTES), group);
}

export function total(usage: Usage): MappingUsage {
  const sum = empty();
  for (const part of Object.values(usage)) for (const key of Object.keys(sum) as (keyof MappingUsage)[]) sum[key] += part[key];
  return sum;
}
