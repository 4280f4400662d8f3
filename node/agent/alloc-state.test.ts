// The VM runner's records on disk: written and read back, and what a damaged data dir holds
// (garbage, an oversized file, a record that makes no sense) reported, removed, never fatal.
import test from 'ava';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  POOLED_RUN_PREFIX, allocationDir, endedDirsBeyond, isPooledRunId, pruneEndedAllocations, readAllocationRuns, removeAllocationRun, runIdFor, writeAllocationRun,
} from './alloc-state.ts';
import type { AllocationRun } from './alloc-state.ts';
import { allocationRecord, arrowRecord } from './testing.ts';

const run = (id: string, fields: Partial<AllocationRun> = {}): AllocationRun => ({
  allocation: allocationRecord(id, { generation: 2, modifyIndex: 9 }), arrow: arrowRecord(), runId: id, restarts: 3,
  ports: [{ name: 'http', guest: 8080, host: 21_000, address: '127.0.0.1', protocol: 'tcp' }], phase: 'running', lastExitCode: 1, ...fields,
});

test('records are written and read back; unusable ones are reported and removed, the rest still read', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-alloc-state-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await writeAllocationRun(dir, run('web-1'));
  await writeAllocationRun(dir, run('web-2', { phase: 'waiting', lastExitCode: null }));
  const tap = { ifname: 'art0123456789ab', address: '10.213.0.2/24', gateway: '10.213.0.1', mtu: 1400, nameservers: ['10.213.0.1'] };
  await writeAllocationRun(dir, run('web-3', { tap }));
  const bad = async (name: string, content: string) => {
    await mkdir(join(dir, 'allocs', name), { recursive: true });
    await writeFile(join(dir, 'allocs', name, 'alloc.json'), content);
  };
  await bad('garbage', '{not json');
  await bad('other-format', JSON.stringify({ format: 7 }));
  await bad('no-ports', JSON.stringify({ format: 1, ...run('x'), ports: [{ name: 'http', host: 70_000 }] }));
  await bad('evil-tap', JSON.stringify({ format: 1, ...run('z'), tap: { ...tap, ifname: 'eth0; rm -rf /' } }));
  await bad('tap-no-gateway', JSON.stringify({ format: 1, ...run('w'), tap: { ...tap, gateway: 'router' } }));
  await bad('evil-run-id', JSON.stringify({ format: 1, ...run('y'), runId: '../../etc' }));
  await bad('huge', `{"format":1,"pad":"${'x'.repeat(1024 * 1024 + 1)}"}`);
  await mkdir(join(dir, 'allocs', 'logs-only', 'logs'), { recursive: true }); // an ended allocation's logs
  const reported: string[] = [];
  const runs = await readAllocationRuns(dir, (path, why) => reported.push(`${path.split('/').at(-2)}: ${why}`));
  t.deepEqual(runs.map((r) => r.allocation.id).sort(), ['web-1', 'web-2', 'web-3']);
  t.deepEqual(runs.find((r) => r.allocation.id === 'web-1'), run('web-1'));
  t.deepEqual(runs.find((r) => r.allocation.id === 'web-3')?.tap, tap, 'a VM on a tap keeps its tap across arrowd restarts');
  t.deepEqual(reported.sort(), [
    'evil-run-id: no run dir name',
    'evil-tap: bad tap',
    'garbage: not JSON',
    `huge: larger than ${1024 * 1024} bytes`,
    'no-ports: bad ports',
    'other-format: not a format 1 record',
    'tap-no-gateway: bad tap',
  ]);
  t.false(existsSync(join(dir, 'allocs', 'garbage', 'alloc.json')), 'an unusable record is removed');
  await removeAllocationRun(dir, 'web-1');
  t.deepEqual((await readAllocationRuns(dir, () => t.fail())).map((r) => r.allocation.id).sort(), ['web-2', 'web-3']);
  t.deepEqual(await readAllocationRuns(join(dir, 'nothing-here'), () => t.fail()), []);
});

test('an allocation id names its dirs when it is a safe file name, and short enough for the VM sockets', (t) => {
  t.is(allocationDir('/d', 'web-0123456789abcdef-0'), '/d/allocs/web-0123456789abcdef-0');
  t.regex(allocationDir('/d', '../../etc/passwd'), /^\/d\/allocs\/h-[0-9a-f]{32}$/);
  t.regex(allocationDir('/d', '.hidden'), /^\/d\/allocs\/h-[0-9a-f]{32}$/);
  t.is(runIdFor('/d/run', 'web-0123456789abcdef-0'), 'web-0123456789abcdef-0');
  const long = 'a'.repeat(60);
  t.regex(runIdFor(`/${'x'.repeat(40)}/run`, long), /^h-[0-9a-f]{24}$/, 'a channel socket path over 107 bytes would not bind');
  t.is(runIdFor(`/${'x'.repeat(40)}/run`, long), runIdFor(`/${'x'.repeat(40)}/run`, long), 'stable: the next arrowd finds it');
  t.throws(() => runIdFor(`/${'x'.repeat(100)}/run`, 'web'), { message: /too long for a VM's unix sockets/ });
});

test('pooled clones\' run ids are never an allocation\'s own', (t) => {
  t.true(isPooledRunId(`${POOLED_RUN_PREFIX}0123456789ab`));
  for (const id of ['pool.0123456789a', 'pool.0123456789abc', 'pool.0123456789aB', 'pool-0123456789ab', 'web-0']) t.false(isPooledRunId(id), id);
  t.regex(runIdFor('/d/run', 'pool.0123456789ab'), /^h-[0-9a-f]{24}$/, 'an allocation named like a pooled clone gets a hashed run dir');
  t.is(runIdFor('/d/run', 'pool-0123456789ab-0'), 'pool-0123456789ab-0', 'an Arrow named "pool" keeps its own');
});

test('the ended allocations kept are the last to end; running ones are never counted or removed', (t) => {
  const entries = [
    { name: 'a', ended: true, changedMs: 100 },
    { name: 'b', ended: false, changedMs: 50 },
    { name: 'c', ended: true, changedMs: 300 },
    { name: 'd', ended: true, changedMs: 200 },
    { name: 'e', ended: true, changedMs: 200 },
  ];
  t.deepEqual(endedDirsBeyond(entries, 2), ['e', 'a'], 'c, then d before e at the same time, are kept');
  t.deepEqual(endedDirsBeyond(entries, 0), ['c', 'd', 'e', 'a']);
  t.deepEqual(endedDirsBeyond(entries, 10), []);
  t.deepEqual(endedDirsBeyond(entries, -1), ['c', 'd', 'e', 'a'], 'a negative count keeps none');
});

test('pruning removes the directories of older ended allocations, not running ones or those in use', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-alloc-prune-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const ended = async (id: string, endedAtSec: number) => {
    await writeAllocationRun(dir, run(id));
    await mkdir(join(allocationDir(dir, id), 'logs'), { recursive: true });
    await writeFile(join(allocationDir(dir, id), 'logs', 'stdout.log'), `${id}\n`);
    await removeAllocationRun(dir, id);
    await utimes(allocationDir(dir, id), endedAtSec, endedAtSec);
  };
  await ended('old-1', 1_000);
  await ended('old-2', 2_000);
  await ended('new-1', 3_000);
  await ended('new-2', 4_000);
  await ended('starting', 500); // ended long ago, but a slot took the id again
  await writeAllocationRun(dir, run('running')); // its record says it runs
  await utimes(allocationDir(dir, 'running'), 10, 10);
  await writeFile(join(dir, 'allocs', 'stray-file'), 'not a directory');
  const removed = await pruneEndedAllocations(dir, 2, new Set(['starting']));
  t.deepEqual(removed, ['old-2', 'old-1']);
  t.deepEqual((await readdir(join(dir, 'allocs'))).sort(), ['new-1', 'new-2', 'running', 'starting', 'stray-file']);
  t.deepEqual(await pruneEndedAllocations(dir, 2, new Set(['starting'])), [], 'nothing more to remove');
  t.deepEqual(await pruneEndedAllocations(join(dir, 'nothing-here'), 2, new Set()), []);
});
