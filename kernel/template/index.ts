// Arrow templates and clones: an Arrow booted once per host up to ainit's Hello and saved, so that
// later Arrows of the same (kernel, binary, memory, cpus, network) start from that point instead
// of booting, and share the memory nobody writes.
//
// CONTRACT (kernel/runtime codes against this; so may node/agent)
//
// What a template is
//   A directory <cache>/<key>/ with `ram` (the guest's RAM, as the guest left it at Hello),
//   `state` (QEMU's device state without RAM, ~43 KB) and `meta.json`. <cache> is
//   templateCacheDir(): $ARROW_TEMPLATE_CACHE, else <machine cache>/templates (a per-host cache:
//   rebuildable, shared by every node, CLI run and test on the host, like kernel builds).
//   The key is templateKey(spec): a hash of the kernel image's digest, the initramfs (whose file
//   name is a content hash of ainit, the app and its guest name), the binary's digest, the QEMU
//   binary's identity and the QEMU arguments the spec implies (memory, cpus, NIC, command line,
//   TCG cache, ...). A new kernel build, ainit, app, QEMU or machine layout gives a new key: an
//   old template is never found for a new spec, and ensure() deletes the outdated versions of a
//   request once the new one is built.
//
// Use, in order
//   1. const cache = new TemplateCache({ dir?, driver? });
//   2. const spec = await cache.spec({ kernelPath, initrdPath, appPath, cmdline, memoryMiB, ... })
//      completes the spec with the kernel digest (remembered per file stamp) and QEMU's identity.
//   3. await cache.lookup(spec) → { template } when a sound one exists, else { problem }
//      ('missing', or what is damaged); await cache.ensure(spec, { runRoot }) finds or builds one
//      (boot, wait for Hello, pause, save; ~1-2 s under TCG), one builder per key per host.
//   4. const clone = await cache.clone(template, { runRoot, portForwards }): a new QEMU on the
//      template's RAM mapped copy-on-write, device state loaded, paused, its channel session
//      already past Hello. Send Start on clone.session (with this Arrow's clock, RNG seed and
//      MAC: a clone otherwise has its template's), then clone.vm.resume().
//      cache.clone(template, { runRoot, tap }) restores a template with a network onto an existing
//      tap device instead of user-mode networking (Start then carries the Arrow's address: the
//      guest has the template's user-mode one); the template's slirp state goes to an inert,
//      unattached user netdev, since QEMU loads no state into a VM without one.
//
//   Optionally 5. a long-running caller keeps clones restored ahead of time: a ClonePool's
//   take(template) hands out a paused clone (add its ports with vm.addPortForwards) or undefined;
//   fill(template) restores the next ones in the background; close() ends those still waiting.
//   A pool with `adoptable` restores adoptable clones for callers whose VMs outlive them.
//
// Integrity
//   Every lookup reads meta.json (bounded), hashes the state file and checks the RAM file's size
//   and identity (size, times, inode, as recorded when it was saved): a truncated, rewritten or
//   replaced file makes the template "damaged", and ensure() builds it again instead of booting
//   it. list({ verify: true }) also hashes the RAM files. Templates are never written in place:
//   a rebuild moves the old directory aside first, so running clones keep their mapping.
//
// Failure
//   TemplateError: a template cannot be built (the guest did not say hello, the save failed) or
//   its files are unusable. VmStartError (kernel/vmm): QEMU refused to start or to load the state.
//   Callers that can boot cold (kernel/runtime) fall back to a cold boot on either.
//
// Why no free page reporting in clones: QEMU 7.2 discards a reported page of a private file
// mapping by punching a hole into the file, i.e. into the template every clone maps. Clones
// leave that to KSM (an option of the host); cold boots get virtio-balloon free page reporting.
export { TemplateCache, TemplateError, templateCacheDir } from './cache.ts';
export type { Template, TemplateListing, TemplateSpecInput, Clone, CloneOptions, BuildOptions, TemplateCacheOptions } from './cache.ts';
export { ClonePool, type ClonePoolOptions } from './pool.ts';
export { templateKey, requestKey, machineArgs, TEMPLATE_FORMAT } from './key.ts';
export type { TemplateSpec, TemplateMeta } from './key.ts';
