// Soak runs of the multi-host cluster tests: seeded random fault schedules (schedule.ts, pure)
// played against a namespaced cluster under load (run.ts), each checked for lost writes, a
// non-linearizable history, diverging servers and Arrows live twice.
export { faultSchedule, describeStep, MAX_STEPS } from './schedule.ts';
export type { Fault, ScheduleShape, Step } from './schedule.ts';
export { runSoak } from './run.ts';
export type { SoakOptions, SoakResult } from './run.ts';
