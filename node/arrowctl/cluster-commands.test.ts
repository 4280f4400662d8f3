// arrowctl's cluster commands against a real API (a Raft member with node/server planning, a
// real store): schedule with every kind of spec mistake, placement, ps, plan, stop, nodes,
// tags, cluster status, events. Most run arrowctl as a process; the many spec mistakes run the
// command's action in-process (the same code, without a process start each).
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execa } from 'execa';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ArrowdClient } from '../api/index.ts';
import { startTestApi, testDefinition, testVolumeDefinition, until } from '../api/testing.ts';
import { isLiveAllocation } from '../cluster/index.ts';
import type { Command } from '../cluster/index.ts';
import type { TestApi } from '../api/testing.ts';
import { scheduleCommand } from './commands/arrows.ts';
import { reportError } from './commands/connection.ts';
import type { CommandIo } from './commands/connection.ts';

const ARROWCTL = new URL('./main.ts', import.meta.url).pathname;

interface World {
  api: TestApi;
  dir: string;
  binary: { path: string; digest: string; size: number };
  env: Record<string, string>;
  ctl(args: string[], options?: { env?: Record<string, string> }): Promise<{ exitCode: number; stdout: string; stderr: string }>;
  spec(name: string, text: string): Promise<string>;
}

async function world(t: ExecutionContext): Promise<World> {
  const api = await startTestApi();
  const dir = await mkdtemp(join(tmpdir(), 'arrowctl-'));
  t.teardown(async () => { await api.close(); await rm(dir, { recursive: true, force: true }); });
  for (const [name, memory] of [['n1', 4096], ['n2', 4096], ['n3', 2048]] as const) await api.registerNode(name, { capacity: { cpu: 4000, memory } });
  const data = randomBytes(300_000);
  const binaryPath = join(dir, 'httpd');
  await writeFile(binaryPath, data);
  // ARROW_HOME points nowhere useful: the flags and ARROW_ADDR/ARROW_TOKEN must be what is used.
  const env = { ARROW_ADDR: api.url, ARROW_TOKEN: api.token, ARROW_HOME: join(dir, 'home') };
  return {
    api, dir, env,
    binary: { path: binaryPath, digest: `sha256:${createHash('sha256').update(data).digest('hex')}`, size: data.length },
    ctl: async (args, options = {}) => {
      const result = await execa(process.execPath, [ARROWCTL, ...args], { reject: false, env: { ...env, ...options.env }, extendEnv: false, timeout: 60_000, cwd: dir, stripFinalNewline: false });
      return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
    },
    spec: async (name, text) => {
      const path = join(dir, name);
      await writeFile(path, text);
      return path;
    },
  };
}

/** Runs schedule in-process as arrowctl would: its exit code and output. */
async function scheduleInProcess(w: World, file: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = {
    out: (text) => { out += text; }, err: (text) => { err += text; }, interactive: false,
    client: () => new ArrowdClient({ url: w.api.url, token: w.api.token }),
  };
  let code: number;
  try {
    code = await scheduleCommand(io, { timeout: 10_000 }, file);
  } catch (error) {
    code = reportError(io, error);
  }
  return { code, out, err };
}

test('every kind of spec mistake exits 2 with its exact file:line: path: message lines, storing nothing', async (t) => {
  const w = await world(t);
  const empty = join(w.dir, 'empty');
  await writeFile(empty, '');
  await writeFile(join(w.dir, 'big-binary'), randomBytes(20 * 1024 * 1024));
  const unheld = `sha256:${'e'.repeat(64)}`;
  const cases: [file: string, text: string, lines: string[]][] = [
    ['web.yaml', 'name: web\nbinary: ./httpd\nmemory: 64M\nreplicas: two\n', ['web.yaml:4: replicas: expected a whole number, 0 or more']],
    ['web.yaml', 'name: web\nbinary: ./httpd\nreplics: 3\n', ['web.yaml:3: replics: unknown field (did you mean "replicas"?)']],
    ['web.yaml', '# no binary\nname: web\n', ['web.yaml:2: binary: required: a local path, a sha256: digest or a name:tag']],
    ['web.yaml', 'name: web\nbinary: ./httpd\nports:\n  - { name: http, guest: 80 }\n  - { name: http, guest: 81 }\n', ['web.yaml:5: ports.1.name: duplicate port name "http" (also ports.0)']],
    ['web.yaml', 'name: web\nbinary: ./httpd\ncpu: lots\nmemory: 16M\n', [
      'web.yaml:3: cpu: expected millicores such as 250 or "250m", or cores such as "0.5"',
      "web.yaml:4: memory: must be at least 32M, the runtime's floor: an Arrow does not boot with less",
    ]],
    ['web.yaml', 'name: web\nbinary: [./httpd\n', ['web.yaml:3: YAML syntax: ']],
    ['web.yaml', 'name: web\nbinary: ./nope\n', ['web.yaml:2: binary: ./nope does not exist']],
    ['web.yaml', 'name: web\nbinary: ./empty\n', ['web.yaml:2: binary: ./empty is empty']],
    ['web.yaml', 'name: web\nbinary: ./httpd\nfiles:\n  /etc/app.conf: ./missing.conf\n', ['web.yaml:4: files./etc/app.conf: ./missing.conf does not exist']],
    ['web.yaml', 'name: web\nbinary: busybox:9.9\n', ['web.yaml:2: binary: unknown tag busybox:9.9 (arrowctl artifact tag busybox:9.9 DIGEST names one)']],
    ['web.yaml', `name: web\nbinary: ${unheld}\n`, [`web.yaml:2: binary: ${unheld} is held by no node of the cluster`]],
    ['web.yaml', 'name: web\nbinary: sha256:abc\n', ['web.yaml:2: binary: expected "sha256:" followed by 64 lowercase hex digits']],
    ['web.yaml', 'name: web\nbinary: ./big-binary\nmemory: 32M\n', ['web.yaml:3: memory: ']],
    ['missing.yaml', '', ['missing.yaml: no such file']],
  ];
  for (const [name, text, lines] of cases) {
    const file = name === 'missing.yaml' ? join(w.dir, 'missing.yaml') : await w.spec(name, text);
    const result = await scheduleInProcess(w, file);
    t.is(result.code, 2, `${text}: ${result.err}`);
    const printed = result.err.trimEnd().split('\n').map((line) => line.replace(`${w.dir}/`, ''));
    t.is(printed.length, lines.length, result.err);
    lines.forEach((line, i) => (line.endsWith(': ') ? t.true(printed[i]!.startsWith(line), printed[i]) : t.is(printed[i], line)));
    t.is(result.out, '');
  }
  t.deepEqual(await w.api.client.arrows(), [], 'nothing was stored');
  // As a process too: the same lines on stderr, exit 2.
  const file = await w.spec('bad.yaml', 'name: web\nbinary: ./httpd\nreplicas: -1\nkernel: Default\n');
  const run = await w.ctl(['schedule', file]);
  t.is(run.exitCode, 2);
  t.is(run.stderr.replaceAll(`${w.dir}/`, ''), 'bad.yaml:3: replicas: expected a whole number, 0 or more\nbad.yaml:4: kernel: expected a kernel template name: lowercase letters, digits and dashes\n');
});

test('schedule places a good spec (pushing its binary), ps and inspect show it, plan explains, stop stops', async (t) => {
  const w = await world(t);
  const spec = await w.spec('web.yaml', 'name: web\nbinary: ./httpd\ncpu: 500m\nmemory: 64M\nreplicas: 2\nports:\n  - { name: http, guest: 8080 }\n');
  const scheduled = await w.ctl(['schedule', '--wait', spec]);
  t.is(scheduled.exitCode, 0, scheduled.stderr);
  t.regex(scheduled.stdout, /^web: version 1 scheduled; waiting for its evaluation\nALLOCATION\s+NODE\s+STATUS\n/);
  t.is(scheduled.stdout.match(/web-[0-9a-f]{16}-\d+\s+n\d\s+pending/g)?.length, 2);
  // The binary was pushed to the node and is held for the Arrow.
  t.deepEqual((await w.api.client.list()).map((e) => [e.digest, e.refs]), [[w.binary.digest, ['arrow:web']]]);
  const stored = JSON.parse(w.api.member!.state.arrow('web')!.definitionJson) as { binary: { digest: string; size: number; name: string } };
  // The binary keeps its file's name: the app's argv[0] in the guest (busybox picks its applet by it).
  t.deepEqual(stored.binary, { digest: w.binary.digest, size: w.binary.size, name: 'httpd' });

  const again = await w.ctl(['schedule', spec]);
  t.is(again.exitCode, 0);
  t.is(again.stdout, 'web: unchanged (version 1)\n');

  const ps = await w.ctl(['ps']);
  t.is(ps.exitCode, 0, ps.stderr);
  const lines = ps.stdout.trimEnd().split('\n');
  t.regex(lines[0]!, /^ARROW\s+VERSION\s+ALLOCATION\s+NODE\s+ADDRESS\s+STATUS\s+GEN\s+RESTARTS\s+PORTS\s+AGE$/);
  t.is(lines.length, 3);
  for (const line of lines.slice(1)) t.regex(line, /^web\s+1\s+web-\S+\s+n\d\s+10\.213\.\d+\.\d+\s+pending\s+1\s+0\s+-\s+\d+[smh]$/);
  // Columns line up: every row's NODE starts where the header's does.
  const column = lines[0]!.indexOf('NODE');
  for (const line of lines.slice(1)) t.regex(line.slice(column), /^n\d /);

  const psJson = await w.ctl(['ps', 'web', '--json']);
  const arrows = JSON.parse(psJson.stdout) as { name: string; allocations: { nodeName: string }[] }[];
  t.is(arrows[0]!.name, 'web');
  t.is(arrows[0]!.allocations.length, 2);
  const inspect = await w.ctl(['inspect', 'web']);
  t.regex(inspect.stdout, /^Arrow\s+web\nVersion\s+1 \(submitted \d+[smh] ago\)\nType\s+service, 2 replicas\n/m);
  t.regex(inspect.stdout, /Evaluation\s+complete after spec-write: 2 placed, 0 unplaced/);
  t.regex(inspect.stdout, new RegExp(`Binary\\s+${w.binary.digest} \\(293\\.0 KiB\\)`));
  t.regex(inspect.stdout, /^Network\s+default$/m);
  t.is((JSON.parse((await w.ctl(['inspect', 'web', '--json'])).stdout) as { version: number }).version, 1);

  const huge = await w.spec('huge.yaml', 'name: huge\nbinary: ./httpd\nmemory: 3G\nreplicas: 3\n');
  const plan = await w.ctl(['plan', huge]);
  t.is(plan.exitCode, 0, plan.stderr);
  t.regex(plan.stdout, /^huge: would be version 1\n  \+ place huge-\S+ on n[12] \(scale-up\)\n  \+ place huge-\S+ on n[12] \(scale-up\)\n  ! 1 replica cannot be placed: memory exhausted on \d nodes\n$/);
  const planJson = JSON.parse((await w.ctl(['plan', huge, '--json'])).stdout) as { unplaced: number; placements: unknown[] };
  t.is(planJson.unplaced, 1);
  t.is(planJson.placements.length, 2);
  t.is(w.api.member!.state.arrow('huge'), undefined, 'plan stored nothing');
  const samePlan = await w.ctl(['plan', spec]);
  t.is(samePlan.stdout, 'web: unchanged (version 1)\n  nothing to change\n');

  const blocked = await w.ctl(['schedule', '--wait', '--timeout', '10s', huge]);
  t.is(blocked.exitCode, 1);
  t.regex(blocked.stderr, /1 replica of huge cannot be placed: memory exhausted on \d nodes/);
  t.regex((await w.ctl(['ps'])).stdout, /huge: 1 unplaced: memory exhausted/);

  const stop = await w.ctl(['stop', 'web']);
  t.is(stop.stdout, 'web: stopping (version 1)\n');
  t.true(w.api.member!.state.arrow('web')!.stopped);
  t.is((await w.ctl(['stop', 'web'])).stdout, 'web: already stopped\n');
  const unknown = await w.ctl(['stop', 'ghost']);
  t.is(unknown.exitCode, 1);
  t.is(unknown.stderr, 'arrowctl: unknown Arrow ghost\n');
});

test('node ls, drain and eligibility; artifact tag; cluster status and token; server remove', async (t) => {
  const w = await world(t);
  const ls = await w.ctl(['node', 'ls']);
  t.is(ls.exitCode, 0, ls.stderr);
  t.regex(ls.stdout, /^NAME\s+ID\s+ROLE\s+STATUS\s+ELIGIBLE\s+CPU\s+MEMORY\s+ALLOCS\s+SUBNET\s+OVERLAY\s+SINCE\n/);
  t.regex(ls.stdout, /\nn3\s+n3\s+client\s+ready\s+yes\s+0\/4\s+0\/2048 MiB\s+0\s+10\.213\.\d+\.0\/24\s+-\s+\d+[smh]\n/, 'a node without an overlay (--network user) shows none');
  t.deepEqual((JSON.parse((await w.ctl(['node', 'ls', '--json'])).stdout) as { nodes: { name: string }[] }).nodes.map((n) => n.name), ['n1', 'n2', 'n3']);

  const drain = await w.ctl(['node', 'drain', 'n3', '--deadline', '10m', '--max-parallel', '2']);
  t.is(drain.exitCode, 0, drain.stderr);
  t.is(drain.stdout, 'node n3: drained (nothing runs there; it takes no new allocations)\n');
  t.false(w.api.member!.state.node('n3')!.eligible);
  for (const [args, message] of [
    [['node', 'drain', 'n3', '--deadline', 'soon'], /--deadline "soon": expected a duration/],
    [['node', 'drain', 'n3', '--max-parallel', '0'], /--max-parallel "0": expected a whole number/],
    [['node', 'drain', 'n3', '--cancel', '--deadline', '1m'], /--cancel takes no --deadline/],
    [['node', 'eligibility', 'n3', 'maybe'], /eligibility is on or off/],
    [['node', 'drain'], /missing required argument 'node'/],
    [['artifact', 'tag', 'BusyBox', w.binary.digest], /is not NAME:TAG/],
    [['artifact', 'tag', 'busybox:1.36', 'sha256:abc'], /invalid digest/],
  ] as const) {
    const result = await w.ctl([...args]);
    t.is(result.exitCode, 2, `${args.join(' ')}: ${result.stderr}`);
    t.regex(result.stderr, message);
  }
  const cancel = await w.ctl(['node', 'drain', 'n3', '--cancel']);
  t.is(cancel.exitCode, 1, 'the drain is over: the cluster refuses');
  t.is(cancel.stderr, 'arrowctl: node n3 is not draining\n');
  t.is((await w.ctl(['node', 'eligibility', 'n3', 'on'])).stdout, 'node n3: eligible for new allocations\n');
  t.true(w.api.member!.state.node('n3')!.eligible);
  t.is((await w.ctl(['node', 'eligibility', 'ghost', 'off'])).stderr, 'arrowctl: unknown node ghost\n');

  const refused = await w.ctl(['artifact', 'tag', 'httpd:1', w.binary.digest]);
  t.is(refused.exitCode, 1);
  t.regex(refused.stderr, /unknown artifact .*push it to a node of the cluster first/);
  await w.api.member!.propose({ type: 'set-holders', changes: [{ node: 'n1', digest: w.binary.digest, size: w.binary.size, manifestDigest: `sha256:${'c'.repeat(64)}`, held: true }] });
  const tagged = await w.ctl(['artifact', 'tag', 'httpd:1', w.binary.digest]);
  t.is(tagged.stdout, `httpd:1 -> ${w.binary.digest}\n`, tagged.stderr);
  t.deepEqual(JSON.parse((await w.ctl(['artifact', '--json', 'tag', 'httpd:1', w.binary.digest])).stdout), { name: 'httpd:1', digest: w.binary.digest, unchanged: true });
  // A spec naming the tag resolves to the artifact.
  const byTag = await w.ctl(['schedule', '--json', await w.spec('tagged.yaml', 'name: tagged\nbinary: httpd:1\nreplicas: 0\n')]);
  t.deepEqual(JSON.parse(byTag.stdout), { name: 'tagged', version: 1, unchanged: false });
  t.is((JSON.parse(w.api.member!.state.arrow('tagged')!.definitionJson) as { binary: { digest: string } }).binary.digest, w.binary.digest);

  const status = await w.ctl(['cluster', 'status']);
  t.is(status.exitCode, 0, status.stderr);
  t.regex(status.stdout, /^leader me, term \d+, commit index \d+, applied \d+ \(answered by me\)\nNAME\s+ID\s+ROLE\s+LEADER\s+MATCH\s+LAST CONTACT\n-\s+me\s+voter\s+yes\s+\d+\s+\(self\)\n$/);
  t.is((await w.ctl(['cluster', 'token'])).stdout, 'arrow-join-test-token\n');
  const remove = await w.ctl(['server', 'remove', 'ghost']);
  t.is(remove.exitCode, 1);
  t.is(remove.stderr, 'arrowctl: unknown server ghost\n');
});

test('unreachable nodes and wrong tokens exit 1; connection flags beat the environment', async (t) => {
  const w = await world(t);
  const wrong = await w.ctl(['ps'], { env: { ARROW_TOKEN: 'nope' } });
  t.is(wrong.exitCode, 1);
  t.regex(wrong.stderr, /rejected the API token/);
  const flags = await w.ctl(['ps', '--token', w.api.token], { env: { ARROW_TOKEN: 'nope' } });
  t.is(flags.exitCode, 0, flags.stderr);
  await w.api.app.close();
  const down = await w.ctl(['node', 'ls']);
  t.is(down.exitCode, 1);
  t.regex(down.stderr, /cannot reach arrowd at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
});

test('events follows committed changes from an index until interrupted', async (t) => {
  const w = await world(t);
  const from = w.api.member!.state.index;
  const child = execa(process.execPath, [ARROWCTL, 'events', '--after', String(from)], { env: w.env, extendEnv: false, reject: false, timeout: 60_000 });
  const lines: string[] = [];
  const sawArrow = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => { lines.push(line); if (/arrow\s+web v1/.test(line)) resolve(); });
  });
  await w.api.client.putArrow('web', (await import('../api/testing.ts')).testDefinition('web', 1));
  await Promise.race([sawArrow, new Promise((_, reject) => setTimeout(() => reject(new Error(`no arrow event: ${lines.join('\n')}`)), 20_000))]);
  child.kill('SIGINT');
  const result = await child;
  t.is(result.exitCode, 0, String(result.stderr));
  t.regex(lines[0]!, new RegExp(`^${from + 1}  arrow  web v1$`));
  t.true(lines.some((line) => /^\d+  evaluation  web: pending$/.test(line)));
  const bad = await w.ctl(['events', '--after', 'yesterday']);
  t.is(bad.exitCode, 2);
});

test('volume ls and inspect show a volume\'s copies; migrate moves an Arrow\'s allocation live', async (t) => {
  const w = await world(t);
  const member = w.api.member!;
  const propose = async (command: Command) => {
    const result = await member.propose(command);
    if (!result.ok) throw new Error(result.error);
  };
  t.is((await w.ctl(['volume', 'ls'])).stdout, 'no volumes (an Arrow whose spec has a volume gets one)\n');
  await w.api.client.putArrow('db', testVolumeDefinition('db'));
  const alloc = await until('placement', () => member.state.allocationsOfArrow('db').find(isLiveAllocation));
  await propose({ type: 'update-allocations', updates: [{ node: alloc.node, id: alloc.id, generation: alloc.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  const replica = await until('replica node', () => member.state.volume('db')?.replicaNodes[0]);
  await propose({ type: 'set-volume-holders', changes: [{ node: replica, volume: 'db', seq: 3, manifest: `sha256:${'c'.repeat(64)}`, createdMs: Date.now() - 125_000, logicalBytes: 3 * 1024 * 1024, held: true }] });

  const ls = await w.ctl(['volume', 'ls']);
  t.is(ls.exitCode, 0, ls.stderr);
  const lines = ls.stdout.trimEnd().split('\n');
  t.regex(lines[0]!, /^NAME\s+SIZE\s+REPLICAS\s+PRIMARY\s+NEWEST REPLICATED$/);
  t.regex(lines[1]!, new RegExp(`^db\\s+.+?\\s+2/1\\s+${alloc.node}\\s+2m ago$`));
  const inspect = await w.ctl(['volume', 'inspect', 'db']);
  t.is(inspect.exitCode, 0, inspect.stderr);
  t.regex(inspect.stdout, new RegExp(`^Primary\\s+${alloc.node} \\(allocation ${alloc.id}\\)$`, 'm'));
  t.regex(inspect.stdout, new RegExp(`^Replica nodes\\s+${replica}$`, 'm'));
  t.regex(inspect.stdout, new RegExp(`^  ${replica}\\s+3\\s+3\\.0 MiB\\s+2m ago\\s+sha256:cccccccccccc…$`, 'm'));
  t.is((JSON.parse((await w.ctl(['volume', 'inspect', 'db', '--json'])).stdout) as { holders: unknown[] }).holders.length, 1);
  const missing = await w.ctl(['volume', 'inspect', 'ghost']);
  t.is(missing.exitCode, 1);
  t.regex(missing.stderr, /unknown volume ghost/);

  const noTarget = await w.ctl(['migrate', 'db']);
  t.is(noTarget.exitCode, 2);
  t.regex(noTarget.stderr, /--to NODE is required/);
  const sameNode = await w.ctl(['migrate', 'db', '--to', alloc.node]);
  t.is(sameNode.exitCode, 1);
  t.regex(sameNode.stderr, /already runs on node/);
  const moved = await w.ctl(['migrate', 'db', '--to', replica]);
  t.is(moved.exitCode, 0, moved.stderr);
  t.is(moved.stdout, `db: allocation ${alloc.id} migrating from ${alloc.node} to ${replica} (generation ${alloc.generation + 1})\n`);
  t.is(member.state.allocation(alloc.id)?.migratingFrom, alloc.node);
  const wrongArrow = await w.ctl(['migrate', `web/${alloc.id}`, '--to', alloc.node]);
  t.is(wrongArrow.exitCode, 2);
  t.regex(wrongArrow.stderr, /belongs to Arrow db, not web/);

  // An Arrow with several live allocations needs one named.
  await w.api.client.putArrow('web', testDefinition('web', 2));
  await until('web placed', () => member.state.allocationsOfArrow('web').filter(isLiveAllocation).length === 2);
  const several = await w.ctl(['migrate', 'web', '--to', 'n1']);
  t.is(several.exitCode, 2);
  t.regex(several.stderr, /Arrow web has 2 live allocations .*: name one as web\/ALLOCATION/);
});

test('volume snapshots and volume restore talk to the node --api names', async (t) => {
  const kept = [
    { seq: 1, manifest: `sha256:${'a'.repeat(64)}`, createdMs: Date.now() - 120_000, logicalBytes: 2048, newBytes: 2048, entries: 3 },
    { seq: 2, manifest: `sha256:${'b'.repeat(64)}`, createdMs: Date.now() - 5_000, logicalBytes: 4096, newBytes: 2048, entries: 3 },
  ];
  const api = await startTestApi({
    cluster: false,
    volumes: {
      list: async (name) => (name === 'db' ? kept : []),
      restore: async (_name, seq) => ({ ...kept.find((s) => s.seq === seq)!, seq: 3, createdMs: Date.now() }),
    },
  });
  t.teardown(() => api.close());
  const env = { ARROW_ADDR: api.url, ARROW_TOKEN: api.token, ARROW_HOME: '/nonexistent' };
  const ctl = async (args: string[]) => {
    const result = await execa(process.execPath, [ARROWCTL, ...args], { reject: false, env, extendEnv: false, timeout: 60_000, stripFinalNewline: false });
    return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
  };
  const listed = await ctl(['volume', 'snapshots', 'db']);
  t.is(listed.exitCode, 0, listed.stderr);
  t.regex(listed.stdout, /^SEQ\s+TAKEN\s+SIZE\s+NEW\s+ENTRIES\s+MANIFEST/);
  t.regex(listed.stdout, /\n1\s+2m\S* ago\s+2(\.0)? KiB/);
  t.regex((await ctl(['volume', 'snapshots', 'other'])).stdout, /this node holds no snapshot of other/);
  const restored = await ctl(['volume', 'restore', 'db', '1']);
  t.is(restored.exitCode, 0, restored.stderr);
  t.regex(restored.stdout, /db: snapshot 1 is now this node's newest \(seq 3\)/);
  const bad = await ctl(['volume', 'restore', 'db', 'latest']);
  t.is(bad.exitCode, 2);
  t.regex(bad.stderr, /SEQ must be a snapshot's sequence number/);
});
