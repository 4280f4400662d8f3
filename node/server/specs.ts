// The glue between stored Arrows and the two pure modules that read them: the cluster state needs
// a definition's name and kind, the scheduler needs its placement spec.
import type { ArrowSpec } from '../../scheduler/index.ts';
import type { ArrowRecord, DefinitionSummary } from '../cluster/index.ts';
import { parseArrowDefinition, toSchedulerSpec } from '../spec/index.ts';

/** The cluster state's DefinitionReader: validates a stored definition (the log may hold anything). */
export function readDefinition(json: string): DefinitionSummary {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('not JSON');
  }
  const definition = parseArrowDefinition(value);
  const staticPorts = definition.ports.flatMap((p) => (p.host === undefined ? [] : [{ protocol: p.protocol, host: p.host, guest: p.guest }]));
  return { name: definition.name, batch: definition.type === 'batch', network: definition.network, staticPorts };
}

/** The scheduler's spec of a stored Arrow: none of its replicas once it is stopped. */
export function schedulerSpecOf(arrow: ArrowRecord): ArrowSpec {
  const definition = parseArrowDefinition(JSON.parse(arrow.definitionJson));
  const spec = toSchedulerSpec(definition, { version: arrow.version, kernel: undefined, completed: arrow.completed });
  return arrow.stopped ? { ...spec, replicas: 0 } : spec;
}
