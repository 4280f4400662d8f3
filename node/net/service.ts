// A node's Arrow networks as one service: its bridge and taps (NodeNetwork), the encrypted
// overlay to the other nodes (NodeOverlay) and the NAME.arrow resolver on its bridge address
// (ArrowResolver), all kept in line with the cluster's network view. arrowd builds it, passes
// `network` to the VM runner, registers `registration` with the node, and hands every view the
// agent receives to apply().
import { ARROW_ADDRESS_RANGE, gatewayOf } from '../cluster/addresses.ts';
import { NodeNetwork } from './host.ts';
import type { NetworkMembership } from './host.ts';
import { NodeOverlay } from './overlay.ts';
import type { OverlayMode } from './overlay.ts';
import type { OverlayPeer } from './overlay-config.ts';
import { MeshAdmission, meshPlan } from './mesh.ts';
import type { MeshService } from './mesh.ts';
import type { MeshPort } from './ruleset.ts';
import { ArrowResolver } from './resolver/index.ts';
import type { ResolverAsker } from './resolver/index.ts';

/** What the service reads of the cluster's network view (node/cluster's NetworkView). */
export interface ClusterNetworkView {
  readonly nodes: readonly { readonly id: string; readonly subnet: string; readonly overlay: { readonly publicKey: string; readonly endpoint: string } | null }[];
  readonly services: readonly (MeshService & { readonly network: string })[];
}

export interface ArrowNetworkServiceOptions {
  readonly nodeId: string;
  readonly dataDir: string;
  /** Host address published ports listen on. */
  readonly bindAddress: string;
  /** Where other nodes reach this node's overlay: its underlay IPv4 address. */
  readonly overlayAddress: string;
  readonly overlayPort: number;
  readonly overlayMode?: 'auto' | OverlayMode;
  /** DNS port on the bridge address (53; tests may pick another). */
  readonly resolverPort?: number;
  /**
   * Whether nothing on this host listens on the port (a bind on the bind address works). A
   * static port of an Arrow elsewhere is forwarded here only then: DNAT would take the port
   * from whatever listens on it.
   */
  readonly portIsFree: (port: number, protocol: 'tcp' | 'udp') => Promise<boolean>;
  readonly onWarning?: (message: string) => void;
}

/** The view as the bridge's isolation rules need it. Pure. */
export function membershipOf(view: ClusterNetworkView): NetworkMembership {
  const networks = new Map<string, string[]>();
  for (const service of view.services) {
    const list = networks.get(service.network) ?? [];
    list.push(...service.addresses);
    networks.set(service.network, list);
  }
  return {
    range: ARROW_ADDRESS_RANGE,
    gateways: view.nodes.filter((n) => n.subnet !== '').map((n) => gatewayOf(n.subnet)),
    networks: [...networks].map(([name, addresses]) => ({ name, addresses })),
  };
}

/** The other nodes as overlay peers (those with a subnet and an overlay). Pure. */
export function overlayPeersOf(view: ClusterNetworkView, self: string): OverlayPeer[] {
  return view.nodes.flatMap((n) => (n.id !== self && n.subnet !== '' && n.overlay ? [{ nodeId: n.id, publicKey: n.overlay.publicKey, endpoint: n.overlay.endpoint, subnet: n.subnet }] : []));
}

/**
 * NAME.arrow for an asker: the running addresses of the Arrow `name` on the asker's network
 * (undefined: no such Arrow there). An asker the view does not place is on `askerNetwork`. Pure.
 */
export function resolveIn(view: ClusterNetworkView, name: string, askerNetwork: string | undefined): readonly string[] | undefined {
  const service = view.services.find((s) => s.arrow === name);
  if (!service || askerNetwork === undefined || service.network !== askerNetwork) return undefined;
  return service.addresses;
}

export class ArrowNetworkService {
  readonly network: NodeNetwork;
  readonly #overlay: NodeOverlay;
  readonly #resolver: ArrowResolver;
  readonly #options: ArrowNetworkServiceOptions;
  readonly #warn: (message: string) => void;
  #view: ClusterNetworkView = { nodes: [], services: [] };
  #resolving: Promise<void> | undefined;
  /** Views apply one at a time; a newer one waiting replaces an older one waiting. */
  #applying: Promise<void> = Promise.resolve();
  #next: ClusterNetworkView | undefined;
  /** What was last applied (JSON), so a view that changes neither is not applied again. */
  #appliedPeers = '';
  #stopped = false;
  #appliedMembership = '';
  #appliedMesh = '';
  #contested = '';
  readonly #admission = new MeshAdmission();

  constructor(options: ArrowNetworkServiceOptions) {
    this.#options = options;
    this.#warn = options.onWarning ?? (() => {});
    this.network = new NodeNetwork({ nodeId: options.nodeId, bindAddress: options.bindAddress, onWarning: this.#warn });
    this.#overlay = new NodeOverlay({ nodeId: options.nodeId, dataDir: options.dataDir, listenPort: options.overlayPort, onWarning: this.#warn, ...(options.overlayMode ? { mode: options.overlayMode } : {}) });
    this.#resolver = new ArrowResolver({
      lookup: (name, asker) => resolveIn(this.#view, name, this.#networkOf(asker)),
      onError: (error) => this.#warn(`resolver: ${error.message}`),
    });
  }

  /** Brings the overlay device up (its key made on first start); resolves with what the node registers. */
  async start(): Promise<{ publicKey: string; endpoint: string; mode: OverlayMode }> {
    await this.#overlay.start();
    return { publicKey: this.#overlay.publicKey, endpoint: `${this.#options.overlayAddress}:${this.#options.overlayPort}`, mode: this.#overlay.mode ?? 'wireguard-go' };
  }

  /** 'kernel' or 'wireguard-go', once started. */
  get overlayMode(): OverlayMode | undefined {
    return this.#overlay.mode;
  }

  /** The resolver's address once it listens. */
  get resolverAddress(): { address: string; port: number } | undefined {
    return this.#resolver.address;
  }

  /** Makes the node match a new view of the cluster (coalesced: only the newest waiting one runs). */
  apply(view: ClusterNetworkView): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    const waiting = this.#next !== undefined;
    this.#next = view;
    if (waiting) return this.#applying;
    this.#applying = this.#applying.then(async () => {
      const next = this.#next!;
      this.#next = undefined;
      if (this.#stopped) return;
      this.#view = next;
      const own = next.nodes.find((n) => n.id === this.#options.nodeId);
      const peers = overlayPeersOf(next, this.#options.nodeId);
      const membership = membershipOf(next);
      // Every node applies every view: only what changed costs commands (the overlay's peers
      // change when nodes join, the isolation sets whenever an Arrow starts or stops anywhere).
      const peersJson = JSON.stringify(peers);
      const membershipJson = JSON.stringify(membership);
      const mesh = await this.#meshOf(next);
      const meshJson = JSON.stringify(mesh);
      await Promise.all([
        peersJson === this.#appliedPeers ? undefined : this.#overlay.apply(peers).then(
          () => { this.#appliedPeers = peersJson; },
          (error: Error) => this.#warn(`overlay: ${error.message}`),
        ),
        membershipJson === this.#appliedMembership ? undefined : this.network.setNetworks(membership).then(
          () => { this.#appliedMembership = membershipJson; },
          (error: Error) => this.#warn(`isolation: ${error.message}`),
        ),
        meshJson === this.#appliedMesh ? undefined : this.network.forward(mesh).then(
          () => { this.#appliedMesh = meshJson; },
          (error: Error) => this.#warn(`forwarded ports: ${error.message}`),
        ),
        own?.subnet ? this.#ensureResolver(own.subnet) : undefined,
      ]);
    });
    return this.#applying;
  }

  /**
   * Stops the resolver. With `teardown` (no VM outlives arrowd) the overlay, the bridge, the taps
   * and the tables go too; without, they all stay (the overlay's device, peers, routes and
   * wireguard-go included) for the next arrowd to adopt, so the VMs that outlive this one keep
   * their network. Views stop applying first, so none can make the bridge again afterwards.
   */
  async stop(options: { teardown: boolean }): Promise<void> {
    this.#stopped = true;
    await this.#applying.catch(() => undefined);
    await this.#resolving;
    await this.#resolver.stop();
    await this.#overlay.stop({ keep: !options.teardown }).catch((error: Error) => this.#warn(`overlay: ${error.message}`));
    if (options.teardown) await this.network.teardown();
  }

  /** The view's mesh ports this node can forward: contested ones and ones a host process holds left out, with a warning. */
  async #meshOf(view: ClusterNetworkView): Promise<MeshPort[]> {
    const plan = meshPlan(view.services);
    const contested = plan.contested.join('; ');
    if (contested !== this.#contested && contested !== '') this.#warn(`static ports named by more than one running Arrow are served only where a replica runs: ${contested}`);
    this.#contested = contested;
    const { ports, refused } = await this.#admission.admit(plan.ports, this.#options.portIsFree);
    for (const key of refused) this.#warn(`static port ${key} is not forwarded to its Arrow here: something on this host listens on it`);
    return ports;
  }

  #networkOf(asker: ResolverAsker): string | undefined {
    const local = this.network.localNetworkOf(asker.address);
    if (local !== undefined) return local;
    return this.#view.services.find((s) => s.addresses.includes(asker.address))?.network;
  }

  /** The resolver listens on the bridge address, which exists once the bridge does. */
  #ensureResolver(subnet: string): Promise<void> {
    this.#resolving ??= (async () => {
      await this.network.prepare(subnet);
      await this.#resolver.start({ address: gatewayOf(subnet), port: this.#options.resolverPort ?? 53 });
    })().catch((error: Error) => {
      this.#resolving = undefined;
      this.#warn(`resolver: ${error.message}`);
    });
    return this.#resolving;
  }
}
