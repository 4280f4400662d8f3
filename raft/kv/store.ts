// A small key-value state machine for Raft logs: each command carries (clientId, seq) and is
// applied at most once. A client issues one command at a time with increasing seq; a retried
// command (same seq) gets the recorded result again, and a stale one (lower seq, e.g. a
// delayed duplicate) is ignored, so retries after a timeout are safe.

export type KvOp =
  | { op: 'get'; key: string }
  | { op: 'put'; key: string; value: string }
  | { op: 'append'; key: string; value: string }
  | { op: 'cas'; key: string; expected: string | null; value: string };

/** get → value; put/append → {}; cas → ok (whether it swapped). */
export interface KvResult {
  value?: string | null;
  ok?: boolean;
}

export interface KvRequest {
  clientId: string;
  seq: number;
  op: KvOp;
}

export interface KvApplied {
  request: KvRequest;
  result: KvResult;
  /** false when this was a retry of a command already applied (result replayed) */
  fresh: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeRequest(r: KvRequest): Uint8Array {
  return encoder.encode(JSON.stringify(r));
}

export function decodeRequest(data: Uint8Array): KvRequest {
  const r = JSON.parse(decoder.decode(data)) as KvRequest;
  if (typeof r.clientId !== 'string' || typeof r.seq !== 'number' || typeof r.op?.key !== 'string') {
    throw new Error('kv: malformed request');
  }
  return r;
}

interface Session {
  seq: number;
  result: KvResult;
}

export class KvStore {
  private data = new Map<string, string>();
  private sessions = new Map<string, Session>();

  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  /** Applies an encoded request; undefined for empty entries (leader no-ops) and stale duplicates. */
  apply(payload: Uint8Array): KvApplied | undefined {
    if (payload.length === 0) return undefined;
    const request = decodeRequest(payload);
    const session = this.sessions.get(request.clientId);
    if (session && request.seq < session.seq) return undefined;
    if (session && request.seq === session.seq) return { request, result: session.result, fresh: false };
    const result = this.execute(request.op);
    this.sessions.set(request.clientId, { seq: request.seq, result });
    return { request, result, fresh: true };
  }

  private execute(op: KvOp): KvResult {
    switch (op.op) {
      case 'get':
        return { value: this.get(op.key) };
      case 'put':
        this.data.set(op.key, op.value);
        return {};
      case 'append':
        this.data.set(op.key, (this.data.get(op.key) ?? '') + op.value);
        return {};
      case 'cas': {
        const swapped = this.get(op.key) === op.expected;
        if (swapped) this.data.set(op.key, op.value);
        return { ok: swapped };
      }
    }
  }

  snapshot(): Uint8Array {
    return encoder.encode(JSON.stringify({ data: [...this.data], sessions: [...this.sessions] }));
  }

  /** Replaces the state with a snapshot; empty bytes mean the initial (empty) state. */
  restore(bytes: Uint8Array): void {
    if (bytes.length === 0) {
      this.data = new Map();
      this.sessions = new Map();
      return;
    }
    const parsed = JSON.parse(decoder.decode(bytes)) as { data: [string, string][]; sessions: [string, Session][] };
    this.data = new Map(parsed.data);
    this.sessions = new Map(parsed.sessions);
  }

  /** A canonical rendering of the data (not sessions), for comparing replicas. */
  fingerprint(): string {
    return JSON.stringify([...this.data].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
