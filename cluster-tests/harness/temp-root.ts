// The temp dir under which an NsCluster keeps its nodes' data dirs. Its name carries the test
// process's pid: when ava kills a test on its timeout, no teardown runs, so the next cluster
// removes the roots of processes that are gone (the topology sweeps their namespaces likewise).
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../../kernel/index.ts';

const PREFIX = 'arrow-nscluster-';
const OWNED = /^arrow-nscluster-(\d+)-/;

/** Removes the roots whose owner process is gone; returns their paths. */
export async function sweepDeadRoots(parent = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent)) {
    const owner = OWNED.exec(name)?.[1];
    if (owner === undefined || isAlive(Number(owner))) continue;
    const path = join(parent, name);
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

export interface TempRoot {
  readonly path: string;
  remove(): Promise<void>;
}

/** A new root owned by this process; removed by remove(), or at this process's exit if that never ran. */
export async function createTempRoot(parent = tmpdir()): Promise<TempRoot> {
  await sweepDeadRoots(parent);
  const path = await mkdtemp(join(parent, `${PREFIX}${process.pid}-`));
  const atExit = () => rmSync(path, { recursive: true, force: true });
  process.once('exit', atExit);
  return {
    path,
    async remove() {
      process.removeListener('exit', atExit);
      await rm(path, { recursive: true, force: true });
    },
  };
}
