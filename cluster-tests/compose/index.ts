// Checks of the container files (docker-compose.yml, Dockerfile, container/entrypoint.sh) that
// need no Docker engine: none runs on the development machines or in CI.
//
// Contract, in the order a caller uses it:
//   1. composeValidator(schema) compiles the Compose Specification's JSON schema (the one dclint
//      ships) once; its result, given a parsed compose document, lists each place the document
//      breaks the specification as "<json path>: <message>" (empty: valid).
//   2. parseCompose(text) reads a compose file the way Compose does (YAML with merge keys) and
//      throws on a YAML error; nodeServices(doc) takes each service's command and environment
//      out of it, throwing when a command is not a list of strings.
//   3. arrowdOptions(helpText) reads the options arrowd declares from `arrowd --help`;
//      argvProblems(argv, options) lists each argument arrowd would not take (unknown option,
//      missing value, stray operand, --server without --join).
//   4. entrypointArgvs(service) is the argv the entrypoint hands arrowd for that service, on a
//      first start and on a restart (it adds --join and --server from the environment).
//   5. dockerfileInstructions(text) splits a Dockerfile into instructions; repositoryPaths(...)
//      lists the repository files its COPY, RUN, ENTRYPOINT and CMD name, for the caller to
//      check on disk; aptPackages(...) lists what its apt-get install lines install.
// Everything here is pure: the caller reads files and runs arrowd.
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { parse } from 'yaml';

/** A validator of compose documents: the problems found, empty when the document is valid. */
export type ComposeValidator = (document: unknown) => string[];

export function composeValidator(schema: Record<string, unknown>): ComposeValidator {
  // strict: false because the specification uses keywords and formats of its own (e.g.
  // "deprecated", "duration") that JSON Schema draft-07 does not define; they annotate, they do
  // not constrain. The meta-schema check is skipped because the schema names draft-07 by its
  // https address, which Ajv knows only as http; the schema is a published one, not ours.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  const validate = ajv.compile(schema);
  return (document) => {
    if (validate(document)) return [];
    return (validate.errors ?? []).map(describeError);
  };
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  const extra = error.keyword === 'additionalProperties'
    ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
    : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}

/** A compose file as Compose reads it: YAML with `<<` merge keys. */
export function parseCompose(text: string): unknown {
  return parse(text, { merge: true, prettyErrors: true, maxAliasCount: 100 });
}

export interface NodeService {
  name: string;
  command: string[];
  environment: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each service's command (a list of strings: what the entrypoint gets) and environment. */
export function nodeServices(document: unknown): NodeService[] {
  if (!isRecord(document) || !isRecord(document.services)) throw new Error('the compose document has no services');
  return Object.entries(document.services).map(([name, service]) => {
    if (!isRecord(service)) throw new Error(`services.${name}: expected a mapping`);
    const { command } = service;
    if (!Array.isArray(command) || !command.every((part) => typeof part === 'string')) {
      throw new Error(`services.${name}.command: expected a list of strings (exec form), got ${JSON.stringify(command)}`);
    }
    return { name, command, environment: environmentOf(name, service.environment) };
  });
}

/** Compose's environment, as a mapping or a list of KEY=VALUE, as strings. */
function environmentOf(service: string, environment: unknown): Record<string, string> {
  if (environment === undefined || environment === null) return {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => {
      const text = String(entry);
      const eq = text.indexOf('=');
      return eq < 0 ? [text, ''] : [text.slice(0, eq), text.slice(eq + 1)];
    }));
  }
  if (isRecord(environment)) return Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, v === null ? '' : String(v)]));
  throw new Error(`services.${service}.environment: expected a mapping or a list`);
}

export interface OptionSpec {
  /** The long name, with its dashes: "--data-dir". */
  name: string;
  /** True when the option takes a value (`--api <host:port>`). */
  takesValue: boolean;
}

/**
 * The options in commander's help text: the lines of its "Options:" section that start with
 * an option (continuation lines are indented further and skipped).
 */
export function arrowdOptions(helpText: string): Map<string, OptionSpec> {
  const options = new Map<string, OptionSpec>();
  const start = helpText.indexOf('\nOptions:\n');
  if (start < 0) throw new Error('no "Options:" section in the help text');
  const section = helpText.slice(start + '\nOptions:\n'.length).split(/\n\S/)[0] ?? '';
  for (const line of section.split('\n')) {
    const match = /^ {2}(?:-[A-Za-z], )?(--[a-z][a-z0-9-]*)(?: ([<[][^>\]]+[>\]]))?(?: {2,}|$)/.exec(line);
    if (!match) continue;
    options.set(match[1]!, { name: match[1]!, takesValue: match[2] !== undefined });
  }
  return options;
}

/** The problems arrowd would have with `argv` (its arguments, after the program name). */
export function argvProblems(argv: readonly string[], options: ReadonlyMap<string, OptionSpec>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (!argument.startsWith('-')) {
      // arrowd's only operand is the keygen subcommand, which never belongs in a node's command.
      problems.push(`${JSON.stringify(argument)}: arrowd takes no operand here (an option value without its option?)`);
      continue;
    }
    const eq = argument.indexOf('=');
    const name = eq > 0 ? argument.slice(0, eq) : argument;
    const option = options.get(name);
    if (!option) {
      problems.push(`${name}: not an option of arrowd`);
      continue;
    }
    seen.add(name);
    if (!option.takesValue) {
      if (eq > 0) problems.push(`${name}: takes no value`);
      continue;
    }
    if (eq > 0) continue;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) problems.push(`${name}: needs a value`);
    else i++;
  }
  // arrowd's action refuses this pair (a founding node is a server already).
  if (seen.has('--server') && !seen.has('--join')) problems.push('--server: goes with --join');
  return problems;
}

/** The argv container/entrypoint.sh gives arrowd for a service, on its first start and after. */
export function entrypointArgvs(service: NodeService, joinToken: string): { firstStart: string[]; restart: string[] } {
  const env = service.environment;
  if (env.ARROW_JOIN_TOKEN_FILE) {
    const join = ['--join', joinToken, ...(env.ARROW_JOIN_AS_SERVER === '1' ? ['--server'] : [])];
    return { firstStart: [...join, ...service.command], restart: [...service.command] };
  }
  return { firstStart: [...service.command], restart: [...service.command] };
}

/** The value given to an option in argv (`--x v` or `--x=v`), the last one when repeated. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((argument, i) => {
    if (argument === name) value = argv[i + 1];
    else if (argument.startsWith(`${name}=`)) value = argument.slice(name.length + 1);
  });
  return value;
}

export interface DockerfileInstruction {
  keyword: string;
  /** The arguments as written, continuation lines joined. */
  text: string;
  line: number;
}

export function dockerfileInstructions(text: string): DockerfileInstruction[] {
  const instructions: DockerfileInstruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (pending === undefined && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    // Comments and blank lines inside a continued instruction are skipped, as Docker does.
    if (pending !== undefined && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1) : line;
    pending ??= { parts: [], line: index + 1 };
    pending.parts.push(body.trim());
    if (continued) return;
    const joined = pending.parts.join(' ');
    const match = /^([A-Za-z]+)\s+([\s\S]*)$/.exec(joined);
    if (!match) throw new Error(`Dockerfile line ${pending.line}: not an instruction: ${joined}`);
    instructions.push({ keyword: match[1]!.toUpperCase(), text: match[2]!.trim(), line: pending.line });
    pending = undefined;
  });
  if (pending) throw new Error(`Dockerfile line ${pending.line}: a continued instruction never ends`);
  return instructions;
}

/** The words of an instruction: its JSON array (exec form) or its shell words, quotes dropped. */
function wordsOf(instruction: DockerfileInstruction): string[] {
  if (instruction.text.startsWith('[')) {
    const parsed: unknown = JSON.parse(instruction.text);
    if (!Array.isArray(parsed) || !parsed.every((w) => typeof w === 'string')) throw new Error(`Dockerfile line ${instruction.line}: expected a JSON list of strings`);
    return parsed;
  }
  return instruction.text.split(/[\s;&|()]+/).map((w) => w.replace(/^["']|["']$/g, '')).filter((w) => w !== '');
}

export interface RepositoryPath {
  path: string;
  /** Where the Dockerfile names it: "ENTRYPOINT (line 40)". */
  where: string;
  /** True for the ENTRYPOINT's program, which must be executable. */
  executable: boolean;
}

/**
 * The repository files a Dockerfile relies on: COPY sources, and in RUN, ENTRYPOINT and CMD
 * every word that is a path inside the image's copy of the repository (`appDir`, absolute, or
 * relative to a WORKDIR of appDir). Paths under node_modules/ are left out: npm ci makes them.
 */
export function repositoryPaths(instructions: readonly DockerfileInstruction[], appDir: string): RepositoryPath[] {
  const paths: RepositoryPath[] = [];
  let workdir = '/';
  const prefix = appDir.endsWith('/') ? appDir : `${appDir}/`;
  for (const instruction of instructions) {
    const where = `${instruction.keyword} (line ${instruction.line})`;
    if (instruction.keyword === 'WORKDIR') workdir = instruction.text;
    if (instruction.keyword === 'COPY') {
      const words = wordsOf(instruction).filter((w) => !w.startsWith('--'));
      for (const source of words.slice(0, -1)) paths.push({ path: source, where, executable: false });
      continue;
    }
    if (!['RUN', 'ENTRYPOINT', 'CMD'].includes(instruction.keyword)) continue;
    wordsOf(instruction).forEach((word, index) => {
      let path: string | undefined;
      if (word.startsWith(prefix)) path = word.slice(prefix.length);
      else if (!word.startsWith('/') && !word.startsWith('-') && !word.includes('$') && workdir === appDir
        && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]*[A-Za-z0-9_]$/.test(word)) path = word;
      if (path === undefined || path === '' || path.startsWith('node_modules/')) return;
      paths.push({ path, where, executable: instruction.keyword === 'ENTRYPOINT' && index === 0 });
    });
  }
  return paths;
}

/** The packages of every `apt-get install` in the Dockerfile's RUN instructions. */
export function aptPackages(instructions: readonly DockerfileInstruction[]): string[] {
  const packages: string[] = [];
  for (const instruction of instructions.filter((i) => i.keyword === 'RUN')) {
    for (const command of instruction.text.split(/&&|;|\|\|/)) {
      const words = command.trim().split(/\s+/);
      const at = words.indexOf('install');
      if (at < 0 || !words.slice(0, at).some((w) => w === 'apt-get' || w === 'apt')) continue;
      packages.push(...words.slice(at + 1).filter((w) => !w.startsWith('-')));
    }
  }
  return packages;
}

/** The packages of the `packages=(...)` array in .ci/setup. */
export function ciSetupPackages(setupScript: string): string[] {
  const match = /^packages=\(([^)]*)\)/m.exec(setupScript);
  if (!match) throw new Error('.ci/setup has no packages=(...) list');
  return match[1]!.split(/\s+/).filter((w) => w !== '');
}
