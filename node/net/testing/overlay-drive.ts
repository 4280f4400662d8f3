// Runs a NodeOverlay inside a network namespace for node/net's tests and the overlay bench, as
// arrowd would: `ip netns exec NS node overlay-drive.ts NODE DATA_DIR PORT [MODE]` takes one JSON
// step per stdin line, answering one JSON line each on stdout, { ok, value } or { ok: false,
// error }; warnings come as { warning }. It exits when its stdin ends (a wireguard-go it started
// runs on unless stopped without keep).
import { createInterface } from 'node:readline';
import { NodeOverlay } from '../index.ts';
import type { OverlayPeer } from '../index.ts';

type Step = { op: 'start' } | { op: 'apply'; peers: OverlayPeer[] } | { op: 'stop'; keep?: boolean };

const [nodeId, dataDir, port, mode] = process.argv.slice(2);
if (!nodeId || !dataDir || !port) throw new Error('usage: overlay-drive.ts NODE DATA_DIR PORT [auto|kernel|wireguard-go]');
const overlay = new NodeOverlay({
  nodeId, dataDir, listenPort: Number(port),
  mode: mode === 'kernel' || mode === 'wireguard-go' ? mode : 'auto',
  onWarning: (warning) => console.log(JSON.stringify({ warning })),
});
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const step = JSON.parse(line) as Step;
  try {
    let value: unknown = null;
    if (step.op === 'start') {
      await overlay.start();
      value = { publicKey: overlay.publicKey, mode: overlay.mode, device: overlay.device };
    } else if (step.op === 'apply') await overlay.apply(step.peers);
    else await overlay.stop({ keep: step.keep === true });
    console.log(JSON.stringify({ ok: true, value }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, error: (error as Error).message }));
  }
}
