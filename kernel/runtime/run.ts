// runArrow: one Arrow in the foreground, from start to exit (ArrowSession.start, then wait),
// with an abort signal that stops it gracefully. What `arrowctl run` and the demo use.
import { ArrowSession, type ArrowResult, type ArrowStartOptions } from './session.ts';

export interface RunArrowOptions extends ArrowStartOptions {
  /** aborting asks the app to stop gracefully (SIGTERM in the guest, SIGKILL after graceMs) */
  stopSignal?: AbortSignal;
}

export async function runArrow(options: RunArrowOptions): Promise<ArrowResult> {
  const arrow = await ArrowSession.start(options, options.stopSignal);
  const stop = (): void => arrow.stop();
  options.stopSignal?.addEventListener('abort', stop, { once: true });
  if (options.stopSignal?.aborted) stop();
  try {
    return await arrow.wait();
  } finally {
    options.stopSignal?.removeEventListener('abort', stop);
  }
}
