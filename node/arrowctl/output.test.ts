// The pure pieces of arrowctl's output: tables, ages, the plan and ps formats.
import test from 'ava';
import type { ArrowView, PlanPreview } from '../api/index.ts';
import { formatPlan, psTable } from './commands/arrows.ts';
import { age, duration, humanBytes, table } from './commands/output.ts';
import { formatVolume, volumeTable } from './commands/volumes.ts';

test('tables align every column on its widest cell, without trailing blanks', (t) => {
  t.is(table([['NAME', 'STATUS'], ['node-one', 'ready'], ['n2', 'down']]), 'NAME      STATUS\nnode-one  ready\nn2        down\n');
  t.is(table([]), '');
});

test('ages and durations are said the way people say them', (t) => {
  const now = 1_000_000_000;
  t.is(age(now - 3_400, now), '3s');
  t.is(age(now - 5 * 60_000 - 59_000, now), '5m');
  t.is(age(now - 2 * 3_600_000, now), '2h');
  t.is(age(now - 3 * 86_400_000, now), '3d');
  t.is(age(0, now), '-');
  t.is(age(now + 5_000, now), '0s', 'a clock ahead of ours is not negative');
  t.is(duration(800), '800ms');
  t.is(duration(600_000), '10m');
  t.is(humanBytes(300_000), '293.0 KiB');
  t.is(humanBytes(12), '12 B');
});

const plan = (overrides: Partial<PlanPreview>): PlanPreview => ({
  arrow: 'web', version: 2, unchanged: false, index: 7, placements: [], replacements: [], stops: [], migrations: [], failures: [], unplaced: 0, ...overrides,
});

test('a plan lists each change and each failure with the scheduler\'s explanation', (t) => {
  t.is(formatPlan(plan({
    placements: [{ allocationId: 'web-1', node: 'id1', nodeName: 'n1', reason: 'scale-up' }],
    replacements: [{ allocationId: 'web-2', node: 'id2', nodeName: 'n2', reason: 'rolling-update', replaces: 'web-0', replacesNode: 'id3', replacesNodeName: 'n3' }],
    stops: [{ allocationId: 'web-9', node: 'id3', nodeName: 'n3', reason: 'scale-down', detail: 'scaled down to 1 replicas' }],
    failures: [{ unplaced: 2, reason: 'scale-up', message: 'memory exhausted on 3 nodes, node status draining filtered 2' }],
    unplaced: 2,
  })), [
    'web: would be version 2',
    '  + place web-1 on n1 (scale-up)',
    '  ~ replace web-0 on n3 with web-2 on n2 (rolling-update)',
    '  - stop web-9 on n3 (scaled down to 1 replicas)',
    '  ! 2 replicas cannot be placed: memory exhausted on 3 nodes, node status draining filtered 2',
    '',
  ].join('\n'));
  t.is(formatPlan(plan({ unchanged: true, version: 1 })), 'web: unchanged (version 1)\n  nothing to change\n');
});

test('ps shows live allocations, or one line for an Arrow that has none', (t) => {
  const now = 10_000_000;
  const allocation = {
    id: 'web-a-0', arrow: 'web', node: 'id1', nodeName: 'n1', generation: 2, specVersion: 3, resources: { cpu: 250, memory: 64 }, priority: 50,
    desired: 'run' as const, desiredReason: '', status: 'running' as const, statusDetail: '', exitCode: null, restarts: 1,
    ports: [{ name: 'http', guest: 8080, host: 31000, address: '', protocol: 'tcp' }], replaces: '', draining: false,
    createIndex: 5, modifyIndex: 6, createTimeMs: now - 120_000, statusTimeMs: now, hostPorts: [], address: '10.213.0.2',
  };
  const arrows: ArrowView[] = [
    { name: 'web', version: 3, type: 'service', replicas: 1, stopped: false, completed: 0, submitTimeMs: now, createIndex: 1, modifyIndex: 5, evaluation: null,
      allocations: [allocation, { ...allocation, id: 'web-a-1', status: 'failed', exitCode: 3 }] },
    { name: 'idle', version: 1, type: 'service', replicas: 0, stopped: false, completed: 0, submitTimeMs: now - 7_200_000, createIndex: 2, modifyIndex: 2, evaluation: null, allocations: [] },
  ];
  t.is(psTable(arrows, false, now), [
    'ARROW  VERSION  ALLOCATION  NODE  ADDRESS     STATUS       GEN  RESTARTS  PORTS                 AGE',
    'web    3        web-a-0     n1    10.213.0.2  running      2    1         http:31000->8080/tcp  2m',
    'idle   1        -           -     -           no replicas  -    -         -                     2h',
    '',
  ].join('\n'));
  t.regex(psTable(arrows, true, now), /web-a-1\s+n1\s+10\.213\.0\.2\s+failed \(exit 3\)/);
  t.regex(psTable([{ ...arrows[0]!, allocations: [{ ...allocation, address: '' }] }], false, now), /web-a-0\s+n1\s+-\s+running/, 'no address (user-mode networking, or no subnet left)');
});

test('volume ls and inspect: sizes, wanted/holding, primary, ages of the server', (t) => {
  const summary = {
    name: 'db', size: '10GiB', replicas: 3, holding: 2, primary: { node: 'id1', nodeName: 'n1' }, replicaNodes: [{ node: 'id2', nodeName: 'n2' }, { node: 'id3', nodeName: 'n3' }],
    newestReplicatedMs: 1, newestReplicatedAgeMs: 95_000, logicalBytes: 2048, modifyIndex: 9,
  };
  t.is(volumeTable([summary, { ...summary, name: 'cache', size: null, logicalBytes: null, primary: null, holding: 0, newestReplicatedMs: null, newestReplicatedAgeMs: null }]), [
    'NAME   SIZE   REPLICAS  PRIMARY  NEWEST REPLICATED',
    'db     10GiB  3/2       n1       1m ago',
    'cache  -      3/0       -        none',
    '',
  ].join('\n'));
  const manifest = `sha256:${'a'.repeat(64)}`;
  const text = formatVolume({
    ...summary, allocation: 'db-1', migratingFrom: '', stopped: false,
    holders: [
      { node: 'id1', nodeName: 'n1', seq: 8, manifest, createdMs: 1, logicalBytes: 2048, reportedMs: 1, ageMs: 5_000 },
      { node: 'id2', nodeName: 'n2', seq: 7, manifest, createdMs: 1, logicalBytes: 1024, reportedMs: 1, ageMs: 95_000 },
    ],
  });
  t.regex(text, /^Replicas\s+3 wanted \(the running copy included\), 2 nodes hold a snapshot$/m);
  t.regex(text, /^Primary\s+n1 \(allocation db-1\)$/m);
  t.regex(text, /^Replica nodes\s+n2, n3$/m);
  t.regex(text, /^ {2}n1 \(primary\)\s+8\s+2\.0 KiB\s+5s ago\s+sha256:aaaaaaaaaaaa…$/m);
  t.regex(text, /^ {2}n2\s+7\s+1\.0 KiB\s+1m ago/m);
});
