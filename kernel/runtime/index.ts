// The runtime glue: run one Arrow (validate, ensure kernel + initramfs, boot, channel session).
export { runArrow, validateRun, ArrowRunError, type ArrowArtifacts, type GuestInitramfs, type ArrowResult, type ArrowTimings, type RunArrowOptions } from './run.ts';
export {
  InputError,
  MIN_MEMORY_MIB,
  MAX_CONFIG_FILE_BYTES,
  MAX_TOTAL_FILE_BYTES,
  minimumMemoryMiB,
  sizeInMiB,
  parseMemoryMiB,
  isEnvName,
  guestPathProblem,
  parseCpus,
  parsePortForward,
  parseEnv,
  parseFileMapping,
  kernelCmdline,
  exitStatus,
  type FileMapping,
} from './options.ts';
export { defaultArtifacts, ensureRunInitramfs, guestAppName, type DefaultArtifactsOptions, type KernelBuildProgress } from './artifacts.ts';
