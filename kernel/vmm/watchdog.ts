// QEMU must not outlive the process that started it, even when that process is SIGKILLed and
// gets no chance to clean up. Node cannot set PR_SET_PDEATHSIG on a child, so a tiny detached
// shell holds the read end of a pipe from us: when we die the kernel closes the write end, `read`
// returns EOF, and the shell kills QEMU and removes the run dir. On a normal stop we write
// "done" first, and it exits without touching anything.
import { spawn, type ChildProcess } from 'node:child_process';

const SCRIPT = [
  'read -r word',
  'if [ "$word" != done ]; then',
  '  kill -KILL "$1" 2>/dev/null',
  '  sleep 0.2',
  '  rm -rf -- "$2"',
  'fi',
].join('\n');

export interface Watchdog {
  /** Tell the watchdog the VM ended normally; it exits without killing anything. */
  release(): void;
}

export function startWatchdog(qemuPid: number, runDir: string): Watchdog {
  const child: ChildProcess = spawn('/bin/sh', ['-c', SCRIPT, 'arrow-watchdog', String(qemuPid), runDir], {
    detached: true, // own session: a Ctrl-C on our terminal must not reach it
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.unref();
  child.on('error', () => {}); // /bin/sh missing: nothing we can do beyond the stale-dir sweep
  const stdin = child.stdin!;
  stdin.on('error', () => {});
  // The open pipe must not keep our event loop alive on its own.
  (stdin as unknown as { _handle?: { unref?: () => void } })._handle?.unref?.();
  let released = false;
  return {
    release(): void {
      if (released) return;
      released = true;
      stdin.end('done\n');
    },
  };
}
