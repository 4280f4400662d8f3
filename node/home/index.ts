// Where a node keeps its state and where a machine keeps rebuildable caches.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The node's data directory: $ARROW_HOME, default ~/.arrow (see ARCHITECTURE.md, "Data directory"). */
export function arrowHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.ARROW_HOME && env.ARROW_HOME.length > 0 ? env.ARROW_HOME : join(homedir(), '.arrow');
}

/**
 * A per-machine cache for work that is expensive to redo but safe to lose (kernel source trees
 * and builds). It lives outside any data dir and any clone so that tests, CI runs and several
 * nodes on one machine share it: $ARROW_CACHE, else $XDG_CACHE_HOME/arrow, else ~/.cache/arrow.
 */
export function machineCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ARROW_CACHE && env.ARROW_CACHE.length > 0) return env.ARROW_CACHE;
  const xdg = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.length > 0 ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(xdg, 'arrow');
}
