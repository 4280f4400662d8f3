import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstOutput, freePort } from '../../kernel/testdata/helpers.ts';
import { parseRequestRate } from './reqs.ts';

const REQS_C = fileURLToPath(new URL('../../kernel/testdata/reqs.c', import.meta.url));

test('the result line is read from among other output; anything else is no result', (t) => {
  const output = 'listening on 5003\r\nrequests 20000 in 8123.4 ms rps 2462.0 max_gap_ms 41.7 connections 50\r\n';
  t.deepEqual(parseRequestRate(output), { requests: 20000, ms: 8123.4, rps: 2462, maxGapMs: 41.7, connections: 50 });
  t.is(parseRequestRate('fail timeout: connection 3 waited 10004 ms (answer)\n'), undefined);
  t.is(parseRequestRate('requests 20000 in 8123.4 ms'), undefined);
});

test('the client runs every exchange against its echo server and fails clearly without one', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-reqs-test-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const reqs = join(dir, 'reqs');
  await execa('musl-gcc', ['-static', '-O2', '-o', reqs, REQS_C], { timeout: 60_000 });
  const port = await freePort();
  const server = execa(reqs, ['serve', String(port)], { reject: false, timeout: 60_000 });
  t.teardown(() => { server.kill('SIGKILL'); });
  t.regex(await firstOutput(server.stdout, 10_000), /^listening on/);

  const ran = await execa(reqs, ['run', '127.0.0.1', String(port), '7', '500', '10000', '30000'], { timeout: 40_000 });
  t.like(parseRequestRate(ran.stdout), { requests: 500, connections: 7 });

  server.kill('SIGTERM');
  t.is((await server).exitCode, 0);
  const refused = await execa(reqs, ['run', '127.0.0.1', String(port), '3', '10', '1000', '5000'], { reject: false, timeout: 20_000 });
  t.is(refused.exitCode, 1);
  t.regex(refused.stderr, /^fail connect/);
});
