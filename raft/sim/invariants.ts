// Raft's safety properties, checked incrementally while the simulation runs. Each observe*
// method throws SafetyViolation the moment a property breaks, so the failing step is known.
//   election safety:      at most one leader per term
//   log matching:         an (index, term) pair determines the entry and the term before it, so
//                         two logs holding the same (index, term) agree on the whole prefix
//   leader completeness:  a new leader holds every entry applied anywhere so far
//   state machine safety: every member applies the same entry at a given index
//   commit monotonicity:  a member's commit index never decreases while it runs
//   durability of acks:   an acknowledged proposal is the entry applied at its index everywhere
import type { Entry } from '../core/index.ts';

export class SafetyViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafetyViolation';
  }
}

export interface LogView {
  termAt(index: number): number | undefined;
  firstIndex(): number;
}

const decoder = new TextDecoder();

function entryKey(e: Entry): string {
  return `${e.term}|${e.type}|${decoder.decode(e.data)}`;
}

export class SafetyChecker {
  private readonly leaderOfTerm = new Map<number, string>();
  /** `${index}/${term}` → `${prevTerm}|${type}|${data}` */
  private readonly appended = new Map<string, string>();
  /** index → entryKey of the entry applied there */
  private readonly applied = new Map<number, string>();
  private maxApplied = 0;
  private readonly commitOf = new Map<string, number>();

  observeLeader(id: string, term: number, log: LogView): void {
    const known = this.leaderOfTerm.get(term);
    if (known === undefined) {
      this.leaderOfTerm.set(term, id);
      this.checkCompleteness(id, term, log);
    } else if (known !== id) {
      throw new SafetyViolation(`two leaders in term ${term}: ${known} and ${id}`);
    }
  }

  private checkCompleteness(id: string, term: number, log: LogView): void {
    const first = log.firstIndex();
    for (const [index, key] of this.applied) {
      if (index < first) continue; // inside the leader's snapshot: committed there already
      const t = log.termAt(index);
      const appliedTerm = Number(key.slice(0, key.indexOf('|')));
      if (t !== appliedTerm) {
        throw new SafetyViolation(
          `leader ${id} of term ${term} lacks applied entry ${index} (term ${appliedTerm}), has term ${t}`,
        );
      }
    }
  }

  /** Entries a member is about to persist; prevTerm is the term of the entry before the first. */
  observeAppend(id: string, entries: readonly Entry[], prevTerm: number | undefined): void {
    let prev = prevTerm;
    for (const e of entries) {
      const key = `${e.index}/${e.term}`;
      const value = `${prev ?? '?'}|${e.type}|${decoder.decode(e.data)}`;
      const known = this.appended.get(key);
      if (known === undefined) this.appended.set(key, value);
      else if (known !== value && !(known.startsWith('?') || value.startsWith('?') ? sameTail(known, value) : false)) {
        throw new SafetyViolation(`log matching: ${id} holds entry ${key} as ${value}, another member as ${known}`);
      }
      prev = e.term;
    }
  }

  observeApply(id: string, e: Entry): void {
    const key = entryKey(e);
    const known = this.applied.get(e.index);
    if (known === undefined) {
      this.applied.set(e.index, key);
      if (e.index > this.maxApplied) this.maxApplied = e.index;
    } else if (known !== key) {
      throw new SafetyViolation(`state machine safety: ${id} applied ${key} at ${e.index}, another member ${known}`);
    }
  }

  /** `incarnation` distinguishes a restarted member, whose commit may restart lower. */
  observeCommit(incarnation: string, commit: number): void {
    const before = this.commitOf.get(incarnation) ?? 0;
    if (commit < before) throw new SafetyViolation(`${incarnation}: commit went back from ${before} to ${commit}`);
    this.commitOf.set(incarnation, commit);
  }

  observeAck(what: string, e: Entry): void {
    const known = this.applied.get(e.index);
    if (known !== entryKey(e)) throw new SafetyViolation(`acknowledged ${what} at ${e.index} is not the applied entry`);
  }

  appliedEntryKey(index: number): string | undefined {
    return this.applied.get(index);
  }

  highestApplied(): number {
    return this.maxApplied;
  }
}

/** Two entry descriptions equal except that one lacks the previous term ('?'). */
function sameTail(a: string, b: string): boolean {
  return a.slice(a.indexOf('|')) === b.slice(b.indexOf('|'));
}
