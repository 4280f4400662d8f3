// Test helper: starts an adoptable Arrow (ArrowSession with adoptable: true; its output is
// dropped), prints {"pid", "runDir"} as one JSON line once the app was started, and waits to be
// killed. Used to check that another process can take the Arrow over after a SIGKILL.
import { join } from 'node:path';
import { TemplateCache } from '../template/index.ts';
import { ArrowSession, defaultArtifacts } from '../runtime/index.ts';

const [binaryPath, runRoot, templatesDir, boot, ...args] = process.argv.slice(2);
if (!binaryPath || !runRoot || !templatesDir || (boot !== 'auto' && boot !== 'cold')) {
  console.error('usage: start-arrow-and-wait.ts BINARY RUN_ROOT TEMPLATES_DIR auto|cold [ARGS...]');
  process.exit(2);
}
const sink = { write: () => true } as unknown as NodeJS.WritableStream;
const arrow = await ArrowSession.start({
  binaryPath, args, env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [], boot,
  runRoot, artifacts: defaultArtifacts(), templates: new TemplateCache({ dir: join(templatesDir) }),
  stdout: sink, stderr: sink, adoptable: true,
});
process.stdout.write(JSON.stringify({ pid: arrow.vm.pid, runDir: arrow.vm.runDir }) + '\n');
setTimeout(() => process.exit(1), 120_000); // bounded even if nobody kills us
