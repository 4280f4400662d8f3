// Durable Raft storage on LevelDB: one synced batch per Ready, restore after restart with repair
// of a torn tail. See level-raft-storage.ts for the layout and guarantees.
export { LevelRaftStorage, defaultStorageLimits } from './level-raft-storage.ts';
export type { PersistedState, ReadyRecords, StorageLimits } from './level-raft-storage.ts';
export { entryKey } from './keys.ts';
