// YAML text -> plain data plus a map back to lines. Pure: the caller reads the file.
//
// The `yaml` package's Document keeps every node's source range; we convert nodes to plain
// values ourselves (rather than with toJS) so that each refusal (a duplicate key, a non-scalar
// key, `__proto__`, a tag, an alias bomb) is reported with its line.
import { Buffer } from 'node:buffer';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLError, YAMLMap } from 'yaml';
import { SpecFileError } from './errors.ts';
import type { SpecFileIssue } from './errors.ts';
import { describeBytes } from './fields.ts';

/** A spec is a page of YAML; a megabyte is far more than any real one and bounds the parse. */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Nesting deeper than this is no spec (and an alias cycle hits it quickly). */
const MAX_DEPTH = 32;
/** Values after alias expansion: bounds the "billion laughs" attack. */
const MAX_VALUES = 100_000;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LoadedYaml {
  /** The document as plain JSON-like data: objects, arrays, strings, numbers, booleans, null. */
  readonly data: Record<string, unknown>;
  /**
   * Where a field path points in the file: at its key (`key`) or its value (`value`). A path
   * that does not exist in the file (a missing field) gives the nearest existing parent's key.
   */
  locate(path: readonly PropertyKey[], at: 'key' | 'value'): Position;
}

function syntaxMessage(error: YAMLError): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'a spec file holds one document; this one starts a second (after ---)';
    case 'TAG_RESOLVE_FAILED':
      return `${error.message.replace(/^Unresolved tag/, 'unsupported tag')} (a spec uses plain YAML values only)`;
    default:
      // The parser recurses per level and reports running out of stack as an error.
      if (/call stack/i.test(error.message)) return 'YAML syntax: nested too deeply';
      return `YAML syntax: ${error.message}`;
  }
}

function kindOf(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'nothing' : `a ${typeof node.value}`;
  return 'something else';
}

/** The one complaint about a file over MAX_SPEC_BYTES, whether found by its text or its stat. */
export function oversizedSpecError(file: string, bytes: number): SpecFileError {
  return new SpecFileError([{ file, line: 1, path: '', message: `the file is ${bytes} bytes; a spec may be at most ${describeBytes(MAX_SPEC_BYTES)}` }]);
}

export function loadYaml(text: string, file: string): LoadedYaml {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_SPEC_BYTES) throw oversizedSpecError(file, size);
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    version: '1.2',
    schema: 'core',
    merge: false, // `<<` is an ordinary key, so it is reported as unknown
    resolveKnownTags: false, // !!binary, !!set, !!timestamp... are refused, not turned into objects
    uniqueKeys: false, // duplicates are found below, where their path is known
    strict: true,
  });
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const issue = (offset: number, path: string, message: string): SpecFileIssue => ({ file, ...at(offset), path, message });

  const syntax = [...doc.errors, ...doc.warnings].map((e) => issue(e.pos[0], '', syntaxMessage(e)));
  if (syntax.length > 0) throw new SpecFileError(syntax.sort((a, b) => a.line - b.line));

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    throw new SpecFileError([issue(0, '', 'the file is empty; a spec is a mapping of fields such as name:, binary: and replicas:')]);
  }
  if (!isMap(root)) {
    throw new SpecFileError([issue(root.range?.[0] ?? 0, '', `expected a mapping of fields such as name:, binary: and replicas:, found ${kindOf(root)}`)]);
  }

  const data = toPlain(doc, root, issue, (offset) => at(offset).line) as Record<string, unknown>;
  const pairsByKey = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    // Indexed once per mapping: a hostile file can have 50,000 keys and as many issues.
    let index = pairsByKey.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) if (isScalar(pair.key) && pair.key.value !== null && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
      pairsByKey.set(map, index);
    }
    return index.get(key);
  };
  return { data, locate: (path, where) => at(locateOffset(doc, root, path, where, pairOf)) };
}

type IssueAt = (offset: number, path: string, message: string) => SpecFileIssue;

function toPlain(doc: Document, root: YamlNode, issue: IssueAt, lineOf: (offset: number) => number): unknown {
  const issues: SpecFileIssue[] = [];
  let values = 0;
  const convert = (node: unknown, path: string[], depth: number): unknown => {
    const dotted = path.join('.');
    if (++values > MAX_VALUES) throw new SpecFileError([issue(0, '', `more than ${MAX_VALUES} values (after expanding aliases); no spec needs that many`)]);
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) {
        issues.push(issue(node.range?.[0] ?? 0, dotted, `unknown alias *${node.source}`));
        return null;
      }
      node = target;
    }
    if (depth > MAX_DEPTH) throw new SpecFileError([issue(offsetOf(node), dotted, `nested more than ${MAX_DEPTH} levels deep`)]);
    if (node === null || node === undefined) return null;
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      issues.push(issue(offsetOf(node), dotted, 'unsupported value (a spec uses strings, numbers, true/false, lists and mappings)'));
      return null;
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item, [...path, String(i)], depth + 1));
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const firstLine = new Map<string, number>();
      for (const pair of node.items) {
        const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
        if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
          issues.push(issue(offsetOf(pair.key ?? node), dotted, 'keys must be plain names, not lists, mappings or empty'));
          continue;
        }
        const name = String(key.value);
        const keyPath = [...path, name];
        if (name === '__proto__') {
          // Zod's records drop this key without a word (and a careless object would take it as
          // its prototype): refuse it outright.
          issues.push(issue(offsetOf(pair.key), keyPath.join('.'), 'not allowed as a key'));
          continue;
        }
        const seen = firstLine.get(name);
        if (seen !== undefined) {
          issues.push(issue(offsetOf(pair.key), keyPath.join('.'), `duplicate key (first given on line ${seen})`));
          continue;
        }
        firstLine.set(name, lineOf(offsetOf(pair.key)));
        object[name] = convert(pair.value, keyPath, depth + 1);
      }
      return object;
    }
    issues.push(issue(offsetOf(node), dotted, 'unsupported YAML node'));
    return null;
  };
  const data = convert(root, [], 0);
  if (issues.length > 0) throw new SpecFileError(issues.sort((a, b) => a.line - b.line));
  return data;
}

function offsetOf(node: unknown): number {
  const range = (node as { range?: readonly number[] | null } | null)?.range;
  return range?.[0] ?? 0;
}

function locateOffset(
  doc: Document,
  root: YamlNode,
  path: readonly PropertyKey[],
  where: 'key' | 'value',
  pairOf: (map: YAMLMap, key: string) => Pair | undefined,
): number {
  let node: unknown = root;
  let offset = offsetOf(root);
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = String(path[i]);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) return offset; // missing field: its parent's key
      const keyOffset = offsetOf(pair.key);
      if (last) {
        // A scalar's problem is on its own line; a list or mapping is named by its key.
        // An alias is shown where it is used, not where its anchor is.
        const value = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
        return where === 'value' && isScalar(value) ? offsetOf(pair.value) : keyOffset;
      }
      offset = keyOffset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) return offset;
      offset = offsetOf(item);
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
