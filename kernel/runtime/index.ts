// The runtime glue: run one Arrow (validate, ensure kernel + initramfs, clone a template or boot,
// channel session). ArrowSession is the object callers drive; runArrow runs one to its exit.
export { ArrowSession, ArrowRunError, IncomingArrow, type ArrowIncomingOptions, type ArrowArtifacts, type GuestInitramfs, type ArrowResult, type ArrowTimings, type ArrowStartOptions, type ArrowAttachOptions, type ArrowOutput, type ArrowFailure, type BootMode, type StartedFrom } from './session.ts';
export { runArrow, type RunArrowOptions } from './run.ts';
export { materialiseVolume, volumeChangeOf, volumeStartField, type ArrowVolume, type VolumeChangeKind, type VolumeHost } from './volume.ts';
export { validateRun, type GuestFile } from './validate.ts';
export { ensureArrowTemplate, arrowTemplateSpec, CLONE_TRANSLATION_CACHE_MIB, type ArrowTemplateOptions } from './template.ts';
export {
  InputError,
  parseMemoryMiB,
  parseCpus,
  parsePortForward,
  parseEnv,
  parseFileMapping,
  checkTap,
  type ArrowTap,
  kernelCmdline,
  exitStatus,
  exitFromConsole,
  type FileMapping,
} from './options.ts';
export { defaultArtifacts, ensureRunInitramfs, guestAppName, type DefaultArtifactsOptions, type KernelBuildProgress } from './artifacts.ts';
export { migrationSpecOf, incomingVmSpec, type ArrowMigrationSpec, type ArrowHandover, type IncomingNetwork } from './migrate.ts';
