// Waiting for a promise at most so long, without leaving a timer behind: a pending timer keeps
// Node's event loop alive, so a bare `Promise.race([p, sleep(5000)])` made `arrowctl run` linger
// for the rest of those 5 s after the app had already exited.

/** `promise`'s value, or a rejection with `timeoutError()` once `ms` have passed first. */
export async function withinOrFail<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  const value = await within(promise.then((v): { v: T } => ({ v })), ms);
  if (value === undefined) throw timeoutError();
  return value.v;
}

/** `promise`'s value, or `undefined` once `ms` have passed first. The timer never outlives the call. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
