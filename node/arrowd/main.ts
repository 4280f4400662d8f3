#!/usr/bin/env node
// arrowd's entry: turns on V8's cache of compiled code before anything else loads (arrowd loads
// over a thousand modules; the cache, kept in the OS temp dir and keyed by content, saves most of
// their compile time on every start after the first: a restarted node is back sooner), then runs
// the command line (cli.ts).
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./cli.ts');
