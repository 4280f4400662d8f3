// The one error mapping: each kind of error the API meets gets its status, code and fields.
import test from 'ava';
import { NodeClosedError, NotLeaderError, ProposalDropped, RequestTimeoutError } from '../../raft/index.ts';
import { SpecValidationError } from '../../scheduler/index.ts';
import { CommandValidationError } from '../cluster/index.ts';
import { DefinitionError } from '../spec/index.ts';
import { ApiProblem, mapError, refused } from './errors.ts';

test('typed errors map to their status codes and bodies', (t) => {
  t.deepEqual(mapError(new NotLeaderError('')).status, 503);
  t.is(mapError(new NotLeaderError('')).body.error, 'no-leader');
  t.is(mapError(new ProposalDropped('no leader')).body.error, 'no-leader');
  t.is(mapError(new NodeClosedError()).status, 503);
  const timeout = mapError(new RequestTimeoutError('propose', 5000));
  t.is(timeout.status, 504);
  t.is(timeout.body.error, 'timeout');
  t.regex(timeout.body.message, /outcome is unknown/);
  t.deepEqual(mapError(refused('node n1 is draining; cancel the drain first')), {
    status: 409, body: { error: 'refused', message: 'node n1 is draining; cancel the drain first' }, unexpected: false,
  });
  const command = mapError(new CommandValidationError('start-drain', ['maxParallel: expected an integer from 1 to 10000', 'node: must not be empty']));
  t.is(command.status, 400);
  t.deepEqual(command.body.fields, [{ path: 'maxParallel', message: 'expected an integer from 1 to 10000' }, { path: 'node', message: 'must not be empty' }]);
  const definition = mapError(new DefinitionError([{ path: 'replicas', message: 'expected a whole number' }, { path: '', message: 'expected an object' }]));
  t.is(definition.status, 400);
  t.deepEqual(definition.body.fields?.map((f) => f.path), ['definition.replicas', 'definition']);
  t.regex(definition.body.message, /definition\.replicas: expected a whole number/);
  t.is(mapError(new SpecValidationError([{ path: 'cpu', message: 'too small' }])).body.fields?.[0]?.path, 'definition.cpu');
  t.is(mapError(new ApiProblem(404, 'not-found', 'unknown node x')).status, 404);
  t.is(mapError(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })).status, 507);
  const fastify413 = Object.assign(new Error('Request body is too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
  t.is(mapError(fastify413).body.error, 'too-large');
});

test('anything else is a 500 flagged for the log, with its message', (t) => {
  const mapped = mapError(new TypeError('x is undefined'));
  t.deepEqual(mapped, { status: 500, body: { error: 'internal', message: 'internal error: x is undefined' }, unexpected: true });
  t.true(mapError('a string thrown').unexpected);
});
