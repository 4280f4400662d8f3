// Virtual machine drivers: the interface, the QEMU microvm implementation and its QMP client.
export { QmpClient, QmpError, LineReader, type QmpEvent, type QmpGreeting, type QmpConnectOptions } from './qmp.ts';
export type { VirtualMachine, VirtualMachineDriver, VmSpec, VmNetwork, VmExit, VmState, PortForward } from './driver.ts';
export { detectAccelerator, hostTscKhz, tscKhzFromCpuinfo, type Accelerator } from './accel.ts';
export { QemuDriver, VmAdoptError, VmStartError, type QemuDriverOptions } from './qemu.ts';
export { guestRamBytes, qemuArgs, runPaths, hostForwardRule, netdevOption, isTapName, CHANNEL_PORT_NAME, DEFAULT_TRANSLATION_CACHE_MIB, type RunPaths } from './qemu-args.ts';
export { within, withinOrFail } from './within.ts';
export { sweepStaleRunDirs, isAlive, isAdoptable, isOurQemu, readPid, discardRunDir } from './rundir.ts';
export {
  migrateOutgoing, migrateIncoming, checkMigrationParameters, MigrationError, DEFAULT_MIGRATION_PARAMETERS, MIGRATION_LIMITS, DEFAULT_MIGRATION_TIMEOUT_MS,
  type MigrationParameters, type MigrationStats, type IncomingStats,
} from './migrate.ts';
