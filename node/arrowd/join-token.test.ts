import test from 'ava';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeClusterKey } from '../../p2p/index.ts';
import { decodeJoinToken, encodeJoinToken, JoinTokenError } from './join-token.ts';

const server = '/ip4/10.0.0.1/tcp/7946/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo';

test('a token round-trips the cluster key and the servers', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-token-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await writeClusterKey(join(dir, 'k'));
  const key = new Uint8Array(await readFile(join(dir, 'k')));
  const token = encodeJoinToken({ clusterKey: key, servers: [server] });
  t.regex(token, /^arrow1\.[A-Za-z0-9_-]+$/);
  const back = decodeJoinToken(`  ${token}\n`);
  t.deepEqual([...back.clusterKey], [...key.subarray(0, back.clusterKey.length)]);
  t.deepEqual(back.servers, [server]);
});

test('damaged, foreign and oversized tokens are refused with the reason', (t) => {
  const bad = (text: string) => t.throws(() => decodeJoinToken(text), { instanceOf: JoinTokenError })!.message;
  t.regex(bad('hello'), /start with "arrow1\."/);
  t.regex(bad('arrow1.%%%'), /damaged/);
  t.regex(bad(`arrow1.${Buffer.from(JSON.stringify({ key: 'zz', servers: [server] })).toString('base64url')}`), /key: expected 64 hex/);
  t.regex(bad(`arrow1.${Buffer.from(JSON.stringify({ key: 'a'.repeat(64), servers: ['/ip4/1.2.3.4/tcp/1'] })).toString('base64url')}`), /servers: expected multiaddrs/);
  t.regex(bad(`arrow1.${Buffer.from(JSON.stringify({ key: 'a'.repeat(64), servers: [server], extra: 1 })).toString('base64url')}`), /Unrecognized key|unrecognized/i);
  t.regex(bad(`arrow1.${'A'.repeat(9000)}`), /at most 8192/);
});
