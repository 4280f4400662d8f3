// The template cache of a host: one directory per template key holding the guest RAM file, the
// device state and meta.json; building (boot to ainit's Hello, save), checking, listing, removing,
// and starting clones.
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { machineCacheDir } from '../../node/home/index.ts';
import { fileStamp, findExecutable, memoByStamp, sha256File, withLock } from '../build/index.ts';
import { ChannelSession, type Frame } from '../channel/index.ts';
import { QemuDriver, type PortForward, type VirtualMachine, type VirtualMachineDriver, type VmNetwork, type VmSpec } from '../vmm/index.ts';
import { TEMPLATE_FORMAT, metaProblem, requestKey, sha256, templateKey, type TemplateMeta, type TemplateSpec } from './key.ts';

const META_FILE = 'meta.json';
const RAM_FILE = 'ram';
const STATE_FILE = 'state';
const MAX_META_BYTES = 64 * 1024;
/** An Arrow's device state is ~43 KB; anything near this means the RAM was not left out. */
const MAX_STATE_BYTES = 16 * 1024 * 1024;
const HELLO_QUIET_MS = 30;
/**
 * Guest uptime before a template is saved. The kernel finishes its TSC calibration 1 s after
 * the clocksource initcall (a clocksource switch, under stop_machine): saved before that, every
 * clone did it during its start, ~400 more blocks for TCG to translate (measured).
 */
const SETTLED_UPTIME_MS = 1800;
const CHANNEL_CONNECT_MS = 10_000;
const WARM_TIMEOUT_MS = 10_000;

/** Where templates live: $ARROW_TEMPLATE_CACHE, else `templates/` in the machine cache. */
export function templateCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ARROW_TEMPLATE_CACHE && env.ARROW_TEMPLATE_CACHE.length > 0 ? env.ARROW_TEMPLATE_CACHE : join(machineCacheDir(env), 'templates');
}

/** A template could not be built or started from. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** What a spec needs besides what the caller knows: the kernel digest and the VMM's identity. */
export type TemplateSpecInput = Omit<TemplateSpec, 'kernelDigest' | 'vmmIdentity'>;

/** A sound template, found by lookup() or made by ensure(). */
export interface Template {
  key: string;
  dir: string;
  ramPath: string;
  statePath: string;
  meta: TemplateMeta;
  /** the spec it was looked up with (current paths of the same kernel and initramfs) */
  spec: TemplateSpec;
}

export interface TemplateListing {
  key: string;
  dir: string;
  meta: TemplateMeta | undefined;
  /** undefined when sound; else what is wrong (a damaged template is rebuilt on its next use) */
  problem: string | undefined;
  diskBytes: number;
}

export interface BuildOptions {
  /** parent of the building VM's run dir */
  runRoot: string;
  bootTimeoutMs?: number;
  onProgress?: (message: string) => void;
}

export interface CloneOptions {
  runRoot: string;
  portForwards?: PortForward[];
  /**
   * Restore the clone's NIC onto this existing tap device instead of the template's user-mode
   * network (the backend is not in the saved state; the guest's address is then set by Start).
   * Not with portForwards; only for a template with a network.
   */
  tap?: string;
  id?: string;
  /**
   * Run the clone briefly before it is handed out: ainit starts and ends a throwaway process, so
   * the kernel's fork/exec/exit paths are translated by TCG before the app's start needs them
   * (a clone's translation cache starts empty). For clones restored ahead of time.
   */
  warm?: boolean;
  /** the clone outlives this process for another to adopt (VmSpec.adoptable) */
  adoptable?: boolean;
  /** QEMU's nice value while it waits (VmSpec.niceness) */
  niceness?: number;
}

/** A clone, loaded and paused: send Start on `session`, then `vm.resume()`. */
export interface Clone {
  vm: VirtualMachine;
  session: ChannelSession;
  /** performance.now() when its VMM was launched */
  launchedAt: number;
  /** ms from launch until its state was loaded */
  restoredMs: number;
}

export interface TemplateCacheOptions {
  dir?: string;
  driver?: VirtualMachineDriver;
}

/** Size, times and inode of a file (not its path: the entry is renamed into place after). */
async function fileIdentity(path: string): Promise<string> {
  const info = await stat(path, { bigint: true });
  return `${info.size}|${info.mtimeNs}|${info.ctimeNs}|${info.ino}|${info.dev}`;
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readBounded(path: string, limit: number): Promise<Buffer> {
  const info = await stat(path);
  if (info.size > limit) throw new TemplateError(`${path} is ${info.size} bytes, limit ${limit}`);
  return readFile(path, { signal: AbortSignal.timeout(10_000) });
}

export class TemplateCache {
  readonly dir: string;
  readonly driver: VirtualMachineDriver;

  constructor(options: TemplateCacheOptions = {}) {
    this.dir = options.dir ?? templateCacheDir();
    this.driver = options.driver ?? new QemuDriver();
  }

  /** Completes a spec: the kernel image's digest (remembered per file stamp) and the VMM's identity. */
  async spec(input: TemplateSpecInput): Promise<TemplateSpec> {
    const memo = join(this.dir, '.digests', `${sha256(input.kernelPath).slice(0, 32)}.json`);
    const kernelDigest = await memoByStamp(memo, [input.kernelPath], async () => `sha256:${await sha256File(input.kernelPath)}`, {
      isValid: (value) => /^sha256:[0-9a-f]{64}$/.test(value),
    });
    const executable = await findExecutable(this.driver.executable);
    if (!executable) throw new TemplateError(`${this.driver.executable} is not on PATH`);
    return { ...input, kernelDigest, vmmIdentity: await fileStamp(executable) };
  }

  /** The sound template for this spec, or why there is none ('missing' or what is damaged). */
  async lookup(spec: TemplateSpec): Promise<{ template: Template } | { problem: string }> {
    const key = templateKey(spec);
    const dir = join(this.dir, key);
    const checked = await this.#check(key, dir, false);
    if (typeof checked === 'string') return { problem: checked };
    return { template: { key, dir, ramPath: join(dir, RAM_FILE), statePath: join(dir, STATE_FILE), meta: checked, spec } };
  }

  /** The template for this spec: found, or built (again, when damaged). One build at a time per key. */
  async ensure(spec: TemplateSpec, options: BuildOptions): Promise<Template> {
    const found = await this.lookup(spec);
    if ('template' in found) return found.template;
    const key = templateKey(spec);
    await mkdir(this.dir, { recursive: true });
    const bootTimeoutMs = options.bootTimeoutMs ?? 60_000;
    return withLock(join(this.dir, `${key}.lock`), { timeoutMs: bootTimeoutMs + 120_000, pollMs: 50, onWait: () => options.onProgress?.('another process is building this template; waiting') }, async () => {
      const again = await this.lookup(spec);
      if ('template' in again) return again.template;
      if (again.problem !== 'missing') options.onProgress?.(`template ${key.slice(0, 12)} is damaged (${again.problem}); building it again`);
      await this.#build(spec, key, { ...options, bootTimeoutMs });
      const built = await this.lookup(spec);
      if (!('template' in built)) throw new TemplateError(`template ${key.slice(0, 12)} is unusable right after it was built: ${built.problem}`);
      await this.#removeOutdated(built.template.meta);
      return built.template;
    });
  }

  /** Starts a clone of a template: a new VM on the template's RAM, copy-on-write, loaded and paused. */
  async clone(template: Template, options: CloneOptions): Promise<Clone> {
    const launchedAt = performance.now();
    const vm = await this.driver.start({
      ...vmSpec(template.spec, options.runRoot, cloneNetwork(template.spec, options)),
      ...(options.id ? { id: options.id } : {}),
      ...(options.adoptable ? { adoptable: true } : {}),
      ...(options.niceness ? { niceness: options.niceness } : {}),
      memoryFile: { path: template.ramPath, shared: false },
      restoreFrom: template.statePath,
    });
    const restoredMs = performance.now() - launchedAt;
    try {
      const session = await ChannelSession.connect(vm.channelSocketPath, { timeoutMs: CHANNEL_CONNECT_MS, resume: template.meta.channel });
      if (options.warm) await warmUp(vm, session);
      return { vm, session, launchedAt, restoredMs };
    } catch (error) {
      await vm.kill();
      throw error;
    }
  }

  /** Every entry of the cache with what is wrong with it; `verify` also hashes the RAM files. */
  async list(options: { verify?: boolean } = {}): Promise<TemplateListing[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const rows: TemplateListing[] = [];
    for (const key of names.filter((name) => /^[0-9a-f]{64}$/.test(name)).slice(0, 10_000)) {
      const dir = join(this.dir, key);
      const checked = await this.#check(key, dir, options.verify ?? false);
      const meta = typeof checked === 'string' ? await this.#readMeta(key, dir).catch(() => undefined) : checked;
      rows.push({ key, dir, meta, problem: typeof checked === 'string' ? checked : undefined, diskBytes: await diskBytes(dir) });
    }
    return rows.sort((a, b) => (a.meta?.createdAt ?? '').localeCompare(b.meta?.createdAt ?? ''));
  }

  /** Removes the templates whose key starts with `prefix` (at least 4 hex digits); returns their keys. */
  async remove(prefix: string): Promise<string[]> {
    if (!/^[0-9a-f]{4,64}$/.test(prefix)) throw new TemplateError(`template key ${JSON.stringify(prefix)} is not 4-64 hex digits`);
    const keys = (await this.list()).map((row) => row.key).filter((key) => key.startsWith(prefix));
    for (const key of keys) await this.#discard(join(this.dir, key));
    return keys;
  }

  async #readMeta(key: string, dir: string): Promise<TemplateMeta> {
    const parsed: unknown = JSON.parse((await readBounded(join(dir, META_FILE), MAX_META_BYTES)).toString('utf8'));
    const problem = metaProblem(parsed, key);
    if (problem) throw new TemplateError(problem);
    return parsed as TemplateMeta;
  }

  /**
   * The meta of a sound entry, else what is wrong. The state file is hashed every time (it is
   * small); the RAM file (the guest's memory size) is checked by size and identity (size, times,
   * inode: any write, truncation or replacement changes them), and hashed only with `verify`.
   */
  async #check(key: string, dir: string, verify: boolean): Promise<TemplateMeta | string> {
    let meta: TemplateMeta;
    try {
      meta = await this.#readMeta(key, dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return 'missing';
      return error instanceof SyntaxError ? 'meta.json is not JSON' : (error as Error).message;
    }
    try {
      const state = await readBounded(join(dir, STATE_FILE), MAX_STATE_BYTES);
      if (state.length !== meta.state.bytes) return `state file is ${state.length} bytes, expected ${meta.state.bytes}`;
      if (sha256(state) !== meta.state.sha256) return 'state file does not match its digest';
      const ram = join(dir, RAM_FILE);
      const size = (await stat(ram)).size;
      if (size !== meta.ram.bytes) return `RAM file is ${size} bytes, expected ${meta.ram.bytes}`;
      if ((await fileIdentity(ram)) !== meta.ram.stamp) return 'RAM file was modified after the template was saved';
      if (verify && (await sha256File(ram)) !== meta.ram.sha256) return 'RAM file does not match its digest';
    } catch (error) {
      return `cannot read the template's files: ${(error as Error).message}`;
    }
    return meta;
  }

  async #build(spec: TemplateSpec, key: string, options: Required<Pick<BuildOptions, 'bootTimeoutMs'>> & BuildOptions): Promise<void> {
    const staging = join(this.dir, `${key}.tmp-${process.pid}-${Date.now().toString(36)}`);
    await mkdir(staging, { recursive: true });
    try {
      options.onProgress?.(`building template ${key.slice(0, 12)}: booting ${spec.binaryName} to ainit's hello`);
      const ramPath = join(staging, RAM_FILE);
      const statePath = join(staging, STATE_FILE);
      const launchedAt = performance.now();
      const vm = await this.driver.start({ ...vmSpec(spec, options.runRoot, { kind: 'user', portForwards: [] }), memoryFile: { path: ramPath, shared: true } });
      let channel;
      let helloMs;
      let savedMs;
      let vmmVersion = 'unknown';
      try {
        const version = vm.qmp?.greeting.version?.qemu;
        if (version) vmmVersion = `${version.major}.${version.minor}.${version.micro}`;
        const session = await ChannelSession.connect(vm.channelSocketPath, { timeoutMs: CHANNEL_CONNECT_MS });
        try {
          const hello = await receiveHello(session, vm, options.bootTimeoutMs);
          helloMs = performance.now() - launchedAt;
          // Our ack of Hello is on its way to ainit; let it land so the clones' ainit has it. The
          // wait also lets the kernel's one-off work after boot happen here, once, instead of in
          // every clone's start.
          await quiet(session, Math.max(HELLO_QUIET_MS, SETTLED_UPTIME_MS - Number(hello.hello?.bootMs ?? 0)));
          channel = session.position;
          await vm.saveState(statePath, { maxBytes: MAX_STATE_BYTES });
          savedMs = performance.now() - launchedAt;
        } finally {
          session.close();
        }
      } finally {
        // The RAM's pages are in the file already (shared mapping); QEMU has nothing left to do.
        await vm.stop(0);
      }
      await syncFile(ramPath);
      const ramBytes = (await stat(ramPath)).size;
      const state = await readFile(statePath);
      const meta: TemplateMeta = {
        format: TEMPLATE_FORMAT,
        key,
        requestKey: requestKey(spec),
        createdAt: new Date().toISOString(),
        spec,
        vmmVersion,
        ram: { bytes: ramBytes, sha256: await sha256File(ramPath), stamp: await fileIdentity(ramPath) },
        state: { bytes: state.length, sha256: sha256(state) },
        channel,
        helloMs: Math.round(helloMs),
        savedMs: Math.round(savedMs),
      };
      await writeFile(join(staging, META_FILE), JSON.stringify(meta, null, 2) + '\n');
      await syncFile(join(staging, META_FILE));
      // A damaged entry of this key goes first: clones running on its RAM file keep their mapping.
      await this.#discard(join(this.dir, key));
      await rename(staging, join(this.dir, key));
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Older templates of the same request (another kernel, ainit or QEMU): nothing can use them any more. */
  async #removeOutdated(current: TemplateMeta): Promise<void> {
    for (const row of await this.list()) {
      if (row.key !== current.key && row.meta?.requestKey === current.requestKey) await this.#discard(row.dir);
    }
  }

  /** Moves an entry aside, then deletes it: a reader never sees half of one. */
  async #discard(dir: string): Promise<void> {
    const aside = `${dir}.old-${process.pid}-${Date.now().toString(36)}`;
    try {
      await rename(dir, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    await rm(aside, { recursive: true, force: true });
  }
}

/** What backs a clone's NIC: the template's user-mode network with the clone's forwards, or a tap. */
function cloneNetwork(spec: TemplateSpec, options: CloneOptions): VmNetwork {
  if (options.tap === undefined) return { kind: 'user', portForwards: options.portForwards ?? [] };
  if (!spec.network) throw new TemplateError(`a clone on tap ${options.tap} needs a template with a network; this one has no NIC`);
  if (options.portForwards?.length) throw new TemplateError('a clone on a tap device has no port forwards (its ports are the node\'s to publish)');
  return { kind: 'tap', ifname: options.tap, restoresUserNetwork: true }; // templates are booted with user networking
}

/** The VM a template spec describes (the clone adds its RAM file, saved state and NIC backend). A spec without a network gets no NIC whatever `network` says. */
function vmSpec(spec: TemplateSpec, runRoot: string, network: VmNetwork): VmSpec {
  return {
    kernelPath: spec.kernelPath,
    initrdPath: spec.initrdPath,
    cmdline: spec.cmdline,
    memoryMiB: spec.memoryMiB,
    cpus: spec.cpus,
    runRoot,
    accelerator: spec.accelerator,
    ...(spec.network ? { network } : {}),
    ...(spec.translationCacheMiB !== undefined ? { translationCacheMiB: spec.translationCacheMiB } : {}),
  };
}

async function receiveHello(session: ChannelSession, vm: VirtualMachine, timeoutMs: number): Promise<Frame> {
  const exited = vm.exited.then(() => 'exited' as const);
  const frame = await Promise.race([session.receive(timeoutMs), exited]).catch((error: Error) => error);
  if (frame === 'exited') throw new TemplateError(`the VM ended before ainit said hello${await consoleTail(vm)}`);
  if (frame instanceof Error) throw new TemplateError(`no hello from ainit: ${frame.message}${await consoleTail(vm)}`);
  if (!frame?.hello) throw new TemplateError(`expected ainit's hello, got ${JSON.stringify(frame)}`);
  return frame;
}

/** Resumes a paused clone, has ainit warm up (see CloneOptions.warm) and pauses it again. */
async function warmUp(vm: VirtualMachine, session: ChannelSession): Promise<void> {
  session.send({ warm: {} });
  await vm.resume();
  const frame = await session.receive(WARM_TIMEOUT_MS).catch((error: Error) => error);
  await vm.pause();
  if (frame instanceof Error || !frame?.warmed) throw new TemplateError(`the clone did not warm up: ${frame instanceof Error ? frame.message : JSON.stringify(frame)}`);
}

/** Waits until the guest has sent nothing for `ms` (a resent Hello is dropped by the session). */
async function quiet(session: ChannelSession, ms: number): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const frame = await session.receive(ms).catch(() => undefined);
    if (!frame) return;
    if (!frame.log) throw new TemplateError(`unexpected frame from ainit while saving: ${JSON.stringify(frame)}`);
  }
}

async function consoleTail(vm: VirtualMachine): Promise<string> {
  const text = (await vm.consoleTail(2048)).trim();
  return text ? `\n--- serial console ---\n${text}` : '';
}

/** Blocks the files of a directory take on disk (the RAM file is sparse: pages the guest never touched are holes). */
async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  try {
    for (const name of await readdir(dir)) {
      const info = await stat(join(dir, name));
      total += info.blocks * 512;
    }
  } catch {
    /* vanished meanwhile */
  }
  return total;
}
