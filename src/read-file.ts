// Reading a file named on the command line, with one line that says which file and why when it fails.

import { readFileSync } from 'node:fs';

/** Why a file could not be read, in words. */
export function unreadableReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
}

/**
 * The JSON in a file. `subject` names it in the error (`the baseline report`, `inventory file`);
 * `toError` gives the error class the caller's layer reports in one line.
 */
export function readJson(path: string, subject: string, toError: (message: string) => Error): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw toError(`Cannot read ${subject} ${path}: ${unreadableReason(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw toError(`${subject[0]!.toUpperCase()}${subject.slice(1)} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}
