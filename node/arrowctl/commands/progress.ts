// A progress bar for kernel template builds on a terminal; plain lines otherwise.
import cliProgress from 'cli-progress';
import type { KernelBuildProgress as BuildProgress } from '../../../kernel/index.ts';

export interface BuildProgressView {
  update: (progress: BuildProgress) => void;
  stop: () => void;
}

export function createBuildProgress(stream: NodeJS.WriteStream): BuildProgressView {
  let bar: cliProgress.SingleBar | undefined;
  let lastPhase = '';
  return {
    update(progress) {
      if (progress.phase === 'compile') {
        if (!stream.isTTY) {
          if (lastPhase !== 'compile') stream.write('arrowctl: compiling kernel template (first use on this machine; several minutes)\n');
          lastPhase = 'compile';
          return;
        }
        if (!bar) {
          bar = new cliProgress.SingleBar({ stream, format: 'kernel [{bar}] {percentage}% {value}/{total} {current}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
          bar.start(progress.expected, progress.done, { current: '' });
        }
        bar.setTotal(progress.expected);
        bar.update(progress.done, { current: progress.current.slice(0, 40) });
        return;
      }
      lastPhase = progress.phase;
      if (progress.phase !== 'configure') stream.write(`arrowctl: ${progress.message}\n`);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
