// Host ports for the ports an Arrow publishes: static when its spec names one, else picked from
// a range, never one port for two allocations of this node, and checked free on the host before
// QEMU is asked to forward it (user-mode networking: QEMU itself listens on the host port).
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { isIPv6 } from 'node:net';
import type { Port } from '../spec/index.ts';

export type PortProtocol = 'tcp' | 'udp';

/** A spec port with the host port this node gave it. */
export interface HostPort {
  readonly name: string;
  readonly guest: number;
  readonly host: number;
  readonly protocol: PortProtocol;
}

export interface HostPortsOptions {
  /** The range dynamic ports come from, inclusive (default 20000-32767, below Linux's ephemeral range). */
  readonly first?: number;
  readonly last?: number;
  /** The address QEMU binds the forwards to, where a port is checked free. */
  readonly bindAddress: string;
  readonly random?: () => number;
  /** Whether the host can bind the port now (default: a real bind, closed at once). */
  readonly isFree?: (port: number, protocol: PortProtocol, address: string) => Promise<boolean>;
}

/** A port could not be had: `reason` names the port and why. */
export class PortUnavailableError extends Error {
  override name = 'PortUnavailableError';
}

/** At most this many free-checks per dynamic port before giving up (each is a bind). */
const MAX_PROBES = 64;
const BIND_CHECK_MS = 2_000;

/**
 * Dynamic candidates, in the order to try them: from a random point of the range onwards
 * (wrapping), skipping what this node gave out, at most `max`. Pure.
 */
export function dynamicCandidates(first: number, last: number, taken: (port: number) => boolean, random: () => number, max: number): number[] {
  const size = last - first + 1;
  if (size <= 0) return [];
  const start = Math.floor(random() * size) % size;
  const out: number[] = [];
  for (let i = 0; i < size && out.length < max; i++) {
    const port = first + ((start + i) % size);
    if (!taken(port)) out.push(port);
  }
  return out;
}

export class HostPorts {
  readonly #first: number;
  readonly #last: number;
  readonly #address: string;
  readonly #random: () => number;
  readonly #isFree: (port: number, protocol: PortProtocol, address: string) => Promise<boolean>;
  /** `port/protocol` → the allocation holding it. */
  readonly #owners = new Map<string, string>();

  constructor(options: HostPortsOptions) {
    this.#first = options.first ?? 20_000;
    this.#last = options.last ?? 32_767;
    if (!Number.isInteger(this.#first) || !Number.isInteger(this.#last) || this.#first < 1 || this.#last > 65_535 || this.#first > this.#last) {
      throw new RangeError(`port range ${this.#first}-${this.#last} is not within 1-65535`);
    }
    this.#address = options.bindAddress;
    this.#random = options.random ?? Math.random;
    this.#isFree = options.isFree ?? canBind;
  }

  /**
   * Host ports for `owner`'s spec ports: the static ones as asked (refused when another
   * allocation of this node has it, or the host cannot bind it), the others picked from the
   * range and checked free. All or nothing: on failure nothing stays reserved.
   */
  async reserve(owner: string, ports: readonly Port[]): Promise<HostPort[]> {
    const got: HostPort[] = [];
    try {
      for (const port of ports) {
        const protocol = port.protocol;
        if (port.host !== undefined) {
          const holder = this.#owners.get(key(port.host, protocol));
          if (holder !== undefined && holder !== owner) throw new PortUnavailableError(`host port ${port.host}/${protocol} (${port.name}) is taken by allocation ${holder}`);
          this.#owners.set(key(port.host, protocol), owner);
          got.push({ name: port.name, guest: port.guest, host: port.host, protocol });
          if (!(await this.#isFree(port.host, protocol, this.#address))) throw new PortUnavailableError(`host port ${port.host}/${protocol} (${port.name}) is in use on this node`);
          continue;
        }
        got.push({ name: port.name, guest: port.guest, host: await this.#dynamic(owner, protocol, port.name), protocol });
      }
      return got;
    } catch (error) {
      for (const p of got) if (this.#owners.get(key(p.host, p.protocol)) === owner) this.#owners.delete(key(p.host, p.protocol));
      throw error;
    }
  }

  /** Records ports an adopted VM already holds (QEMU listens on them: no check). */
  hold(owner: string, ports: readonly Pick<HostPort, 'host' | 'protocol'>[]): void {
    for (const p of ports) this.#owners.set(key(p.host, p.protocol), owner);
  }

  release(owner: string): void {
    for (const [k, holder] of this.#owners) if (holder === owner) this.#owners.delete(k);
  }

  /** The allocation holding a port, if any. */
  ownerOf(port: number, protocol: PortProtocol): string | undefined {
    return this.#owners.get(key(port, protocol));
  }

  async #dynamic(owner: string, protocol: PortProtocol, name: string): Promise<number> {
    const candidates = dynamicCandidates(this.#first, this.#last, (p) => this.#owners.has(key(p, protocol)), this.#random, MAX_PROBES);
    for (const port of candidates) {
      if (this.#owners.has(key(port, protocol))) continue; // taken while we were checking another
      this.#owners.set(key(port, protocol), owner);
      if (await this.#isFree(port, protocol, this.#address)) return port;
      this.#owners.delete(key(port, protocol));
    }
    throw new PortUnavailableError(`no free ${protocol} port for ${name} in ${this.#first}-${this.#last} (${candidates.length} tried)`);
  }
}

const key = (port: number, protocol: PortProtocol): string => `${port}/${protocol}`;

/** Binds the port on `address` and closes it at once: true when that worked. */
export function canBind(port: number, protocol: PortProtocol, address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), BIND_CHECK_MS);
    let settled = false;
    const done = (free: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(free);
    };
    if (protocol === 'udp') {
      const socket = createSocket(isIPv6(address) ? 'udp6' : 'udp4');
      socket.once('error', () => {
        socket.close();
        done(false);
      });
      socket.bind({ port, address, exclusive: true }, () => socket.close(() => done(true)));
      return;
    }
    const server = createServer();
    server.once('error', () => done(false));
    server.listen({ port, host: address, exclusive: true }, () => server.close(() => done(true)));
  });
}
