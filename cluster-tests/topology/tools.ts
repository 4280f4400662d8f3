// Absolute paths of the system programs the harness runs. Never looked up through PATH: under
// `npx`/`npm run`, node_modules/.bin comes first, and it holds an unrelated `nft` (@vercel/nft).
import { accessSync, constants } from 'node:fs';

const SYSTEM_DIRS = ['/usr/sbin', '/sbin', '/usr/bin', '/bin'];
const found = new Map<string, string>();

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

export function systemTool(name: 'ip' | 'nft' | 'ethtool'): string {
  const cached = found.get(name);
  if (cached) return cached;
  for (const dir of SYSTEM_DIRS) {
    const path = `${dir}/${name}`;
    try {
      accessSync(path, constants.X_OK);
      found.set(name, path);
      return path;
    } catch { /* next */ }
  }
  throw new MissingToolError(`${name} is not installed in ${SYSTEM_DIRS.join(', ')} (bash .ci/setup installs it)`);
}
