// A unix socket for QEMU's outgoing migration to connect to (QEMU 7.2 cannot write a migration
// anywhere else we can read from): listen first, then tell QEMU the path.
import { createServer, type Server, type Socket } from 'node:net';

/** Listens on `path`; `accepted` resolves with the first connection. Close `server` when done. */
export async function listenForOne(path: string): Promise<{ server: Server; accepted: Promise<Socket> }> {
  const server = createServer();
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  return { server, accepted };
}
