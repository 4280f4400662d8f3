// Arrow networks on one node: a bridge for the node's Arrows, a tap per allocation, published
// ports as kernel DNAT (nft) to the Arrow's address, and NAT for Arrows' traffic leaving the node.
// Addresses come from the cluster state (node/cluster's address plan: a /24 per node, .1 the
// bridge, one address per live allocation); this module only makes the host match them.
//
// CONTRACT
//
// Use, in order (arrowd, as root, in the node's network namespace)
//   1. new NodeNetwork({ nodeId, bindAddress }): nothing happens on the host yet.
//   2. reconcile(keep) once at start, with the allocations whose VMs were adopted: the taps an
//      earlier arrowd left for anything else are removed (their VMs are gone).
//   3. attach(allocationId, address) before an Arrow's VM starts: the bridge is made on first use
//      (gateway .1 of the address's /24, route_localnet and IPv4 forwarding on), then a tap on it;
//      pass the returned TapAttachment to the VM (kernel/runtime's `tap` start option).
//   4. publish(ports) whenever the set of running published ports changes: the node's nft table
//      is replaced in one transaction, so it always says exactly that set.
//   5. setNetworks(membership) whenever the cluster's view changes: which Arrow addresses are on
//      which named network. Arrows reach each other only within one network; until the first
//      view, no Arrow reaches another (they still reach their gateway and the world).
//   6. forward(mesh) whenever the cluster's static ports change (mesh.ts's meshPlan of the view):
//      every node DNATs an Arrow's static host port to its replicas, over the overlay when they
//      run elsewhere, so the port keeps working on every node when a replica moves; a port this
//      node publishes itself (step 4) is served by its own replica.
//   7. detach(allocationId) when the allocation ends here; teardown() when the node's last Arrow
//      is gone and arrowd stops (VMs that outlive arrowd keep their taps and ports).
//
// The overlay between nodes (NodeOverlay, as root in the node's namespace): start() once (loads
// or creates <dataDir>/overlay.key, makes the WireGuard device: the kernel's, or wireguard-go in
// a session of its own where the kernel has none, its errors in <dataDir>/overlay-wireguard-go.log;
// `mode` says which; a device of this node's key that an earlier arrowd left is adopted as it is,
// peers, routes and process), then apply(peers) whenever the cluster's nodes change (each peer:
// node id, public key, underlay endpoint, Arrow subnet; the device and its routes then say
// exactly that; a wireguard-go found dead is started again), and when arrowd stops: stop({ keep:
// true }) while VMs outlive it (the device and wireguard-go stay for the next arrowd), stop()
// otherwise (device, routes and wireguard-go gone). overlayConfig is the pure part: it refuses
// bad keys, endpoints, subnets and duplicates (OverlayConfigError).
//
// What can fail: NetworkSetupError (the subnet clashes with an address on the host, or a second
// subnet for one node), NetworkCommandError (ip or nft refused: the message has the command and
// its stderr), RulesetError (a port or address that is not one). Host changes run one at a time.
//
// The resolver the Arrows use for `<name>.arrow` (a DNS server on the bridge's gateway) is in
// ./resolver, with its own contract.
export { ARROW_MTU, NetworkSetupError, NodeNetwork, subnetOfAddress } from './host.ts';
export type { NetworkMembership, NodeNetworkOptions, TapAttachment } from './host.ts';
export { isolationScript, removeIsolationScript } from './isolation.ts';
export type { ArrowNetworkMembers, IsolationInput } from './isolation.ts';
export { MAX_MESH_ADDRESSES, RulesetError, removeTableScript, rulesetScript } from './ruleset.ts';
export type { MeshPort, PublishedPort, RulesetInput } from './ruleset.ts';
export { MeshAdmission, meshPlan } from './mesh.ts';
export type { MeshPlan, MeshService } from './mesh.ts';
export { allocationOfAlias, bridgeName, overlayAlias, overlayName, tableName, tapName } from './names.ts';
export { NodeOverlay, OVERLAY_KEY_FILE, OVERLAY_LOG_FILE, OverlayError } from './overlay.ts';
export type { NodeOverlayOptions, OverlayMode } from './overlay.ts';
export { OVERLAY_KEEPALIVE_S, OVERLAY_MTU, OverlayConfigError, generateOverlayKeyPair, overlayConfig, overlayPublicKey } from './overlay-config.ts';
export type { OverlayConfig, OverlayConfigInput, OverlayKeyPair, OverlayPeer } from './overlay-config.ts';
export { ArrowNetworkService, membershipOf, overlayPeersOf, resolveIn } from './service.ts';
export type { ArrowNetworkServiceOptions, ClusterNetworkView } from './service.ts';
export { MissingToolError, NetworkCommandError, runTool, systemTool } from './tools.ts';
export type { SystemToolName } from './tools.ts';
export {
  ANSWER_TTL_SECONDS, ARROW_NAME, ARROW_ZONE, ArrowResolver, MAX_ANSWERS, MAX_UDP_MESSAGE, QCLASS_IN, QTYPE_A, Rcode, TokenBuckets, answer,
} from './resolver/index.ts';
export type {
  AnswerOptions, ArrowResolverOptions, Lookup, ResolverAddress, ResolverAsker, ResolverLookup, TokenBucketsOptions, Transport,
} from './resolver/index.ts';
