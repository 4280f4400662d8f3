// The one piece of I/O in this module: reading a spec file, with a size limit and a timeout.
// Everything after the read is parseSpecYaml.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseSpecYaml } from './draft.ts';
import type { SpecDraft } from './draft.ts';
import { SpecFileError } from './errors.ts';
import { MAX_SPEC_BYTES, oversizedSpecError } from './yaml.ts';

/** A spec is a local file of at most 1 MiB; ten seconds is ample even on a network mount. */
const READ_TIMEOUT_MS = 10_000;

function unreadable(file: string, why: string): SpecFileError {
  return new SpecFileError([{ file, line: 0, path: '', message: why }]);
}

/**
 * Reads and parses a spec file. Throws SpecFileError when it cannot be read (line 0), is over
 * MAX_SPEC_BYTES, is not UTF-8, or does not validate; other I/O errors propagate.
 */
export async function readSpecFile(path: string, timeoutMs = READ_TIMEOUT_MS): Promise<SpecDraft> {
  let bytes: Buffer;
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer; regular files ignore it.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw unreadable(path, 'no such file');
    if (code === 'EACCES') throw unreadable(path, 'permission denied');
    throw error;
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw unreadable(path, 'is a directory, not a spec file');
    // A FIFO or device could block a read forever or never end.
    if (!info.isFile()) throw unreadable(path, 'is not a regular file');
    if (info.size > MAX_SPEC_BYTES) throw oversizedSpecError(path, info.size);
    // Read one byte past the limit: a file that grew after the stat is still caught.
    const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1);
    let length = 0;
    const deadline = AbortSignal.timeout(timeoutMs);
    while (length < buffer.length) {
      if (deadline.aborted) throw unreadable(path, `reading took more than ${timeoutMs} ms`);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_SPEC_BYTES) throw oversizedSpecError(path, length);
    bytes = buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpecFileError([{ file: path, line: 1, path: '', message: 'is not UTF-8 text' }]);
  }
  return parseSpecYaml(text, path);
}
