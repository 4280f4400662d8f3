// Seeded deterministic simulator of a Raft cluster (see simulation.ts for what a run does).
export { Simulation, runSeed } from './simulation.ts';
export type { SimOptions, SimResult } from './simulation.ts';
export { runSeeds, defaultWorkers } from './pool.ts';
export type { PoolOptions } from './pool.ts';
export { SafetyChecker, SafetyViolation } from './invariants.ts';
export { Rng } from './rng.ts';
