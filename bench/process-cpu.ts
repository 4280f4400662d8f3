// CPU time a process has used so far, read from /proc/PID/stat: the benchmarks divide it by the
// work done, a figure that depends far less on how busy the shared machine is than wall time.
import { readFile } from 'node:fs/promises';

/** User + system CPU seconds of process `pid` so far; NaN when it cannot be read (no pid, no /proc, process gone). */
export async function processCpuSeconds(pid: number | undefined): Promise<number> {
  if (pid === undefined) return NaN;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return NaN;
  // Fields after the command name (which may hold spaces, so cut at the last ')'): utime and
  // stime are fields 14 and 15 of stat(5), in clock ticks, 100 per second (USER_HZ) on Linux.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
