import test from 'ava';
import { createHash } from 'node:crypto';
import { PIECE_SIZE, digestOf, manifestDigestOf, sha256 } from './index.ts';
import type { Manifest } from './index.ts';

/** The bytes manifestDigestOf hashes, written out by hand from its definition. */
function canonical(m: Manifest): Buffer {
  const varint = (n: number): number[] => {
    const out: number[] = [];
    while (n >= 0x80) { out.push((n % 0x80) | 0x80); n = Math.floor(n / 0x80); }
    out.push(n);
    return out;
  };
  const digest = Buffer.from(m.digest, 'utf8');
  const parts: Buffer[] = [Buffer.from([0x0a, ...varint(digest.length)]), digest];
  if (m.size > 0) parts.push(Buffer.from([0x10, ...varint(m.size)]));
  parts.push(Buffer.from([0x18, ...varint(m.pieceSize)]));
  for (const d of m.pieceDigests) parts.push(Buffer.from([0x22, 0x20]), Buffer.from(d));
  return Buffer.concat(parts);
}

test('the manifest digest is sha256 of the canonical proto3 encoding, as documented', (t) => {
  const data = new Uint8Array(PIECE_SIZE + 3).fill(7);
  const manifest: Manifest = { digest: digestOf(data), size: data.length, pieceSize: PIECE_SIZE, pieceDigests: [sha256(data.subarray(0, PIECE_SIZE)), sha256(data.subarray(PIECE_SIZE))] };
  t.is(manifestDigestOf(manifest), `sha256:${createHash('sha256').update(canonical(manifest)).digest('hex')}`);
  const empty: Manifest = { digest: digestOf(new Uint8Array(0)), size: 0, pieceSize: PIECE_SIZE, pieceDigests: [] };
  t.is(manifestDigestOf(empty), `sha256:${createHash('sha256').update(canonical(empty)).digest('hex')}`);
  // Any change of a piece digest, the size or the digest changes it.
  const forged = { ...manifest, pieceDigests: [manifest.pieceDigests[1]!, manifest.pieceDigests[0]!] };
  t.not(manifestDigestOf(forged), manifestDigestOf(manifest));
  t.not(manifestDigestOf({ ...manifest, size: manifest.size - 1 }), manifestDigestOf(manifest));
  // Extra properties on the object (a decoded message's) do not enter the digest.
  t.is(manifestDigestOf({ ...manifest, extra: 1 } as Manifest), manifestDigestOf(manifest));
});
