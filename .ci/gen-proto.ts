// Regenerates the static protobuf modules of every module: <module>/proto/<name>.proto becomes
// <name>.pb.js (ES module) and <name>.pb.d.ts beside it. Generated files are committed and never
// edited by hand; run `npm run gen:proto` after changing a .proto.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'node_modules', '.bin');
const allModules = ['raft', 'node', 'scheduler', 'p2p', 'shadowfs', 'kernel'];
// `npm run gen:proto -- kernel` regenerates one module's files only.
const asked = process.argv.slice(2);
const unknown = asked.filter((m) => !allModules.includes(m));
if (unknown.length) throw new Error(`gen:proto: no module ${unknown.join(', ')}; modules are ${allModules.join(', ')}`);
const modules = asked.length ? asked : allModules;

for (const mod of modules) {
  const dir = join(root, mod, 'proto');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.proto'))) {
    const base = join(dir, file.replace(/\.proto$/, ''));
    // --force-number: 64-bit integers become JS numbers (our counters stay below 2^53).
    // Each file gets a root of its own (-r): generated code looks nested types up through its root
    // at call time, and with the shared default root the file loaded last hid the others' types.
    const rootName = `${mod}_${file.replace(/\.proto$/, '')}`;
    execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-beautify', '-r', rootName, '-o', `${base}.pb.js`, join(dir, file)], { stdio: 'inherit' });
    // protobufjs 8 still decodes 64-bit fields as Long whenever the 'long' package is present,
    // whatever --force-number says; unsetting util.Long makes the reader return plain numbers.
    const js = readFileSync(`${base}.pb.js`, 'utf8').replace(
      'import $protobuf from "protobufjs/minimal.js";',
      'import $protobuf from "protobufjs/minimal.js";\nif ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }',
    );
    writeFileSync(`${base}.pb.js`, js);
    execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', `${base}.pb.d.ts`, `${base}.pb.js`], { stdio: 'inherit' });
    console.log(`generated ${base}.pb.js`);
  }
}
