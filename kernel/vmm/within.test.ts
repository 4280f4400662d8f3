import test from 'ava';
import { setTimeout as sleep } from 'node:timers/promises';
import { within, withinOrFail } from './within.ts';

test('within gives the value in time, undefined after; withinOrFail rejects with the given error after', async (t) => {
  t.is(await within(Promise.resolve(7), 1_000), 7);
  t.is(await within(sleep(500).then(() => 7), 20), undefined);
  t.is(await withinOrFail(Promise.resolve(undefined), 1_000, () => new Error('late')), undefined, 'an undefined value is a value, not a timeout');
  await t.throwsAsync(withinOrFail(sleep(500), 20, () => new RangeError('took too long')), { instanceOf: RangeError, message: 'took too long' });
  await t.throwsAsync(withinOrFail(Promise.reject(new TypeError('its own')), 1_000, () => new Error('late')), { instanceOf: TypeError, message: 'its own' });
});
