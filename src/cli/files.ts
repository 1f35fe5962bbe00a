// Files the CLI writes appear whole or not at all: each is written to a temporary file beside it
// and renamed into place, so an interrupted or failed run never leaves half a report.

import { accessSync, constants, existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

const pendingTemps = new Set<string>();

/** Fails now, before any AWS call, when `path` could not be written at the end of the scan. */
export function assertWritable(path: string, what: string): void {
  const full = resolve(path);
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Cannot write ${what} to ${path}: directory ${dirname(path)} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
    if (existsSync(full)) {
      if (statSync(full).isDirectory()) throw new UsageError(`Cannot write ${what} to ${path}: it is a directory`);
      accessSync(full, constants.W_OK);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`Cannot write ${what} to ${path}: permission denied`);
  }
}

/** Writes every file or none: all temporaries first, then the renames. */
export function writeFilesAtomically(files: ReadonlyArray<{ path: string; content: string }>): void {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      const full = resolve(file.path);
      const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${Date.now()}.tmp`);
      pendingTemps.add(temp);
      writeFileSync(temp, file.content, { mode: 0o644 });
      staged.push({ temp, path: full });
    }
    for (const { temp, path } of staged) {
      renameSync(temp, path);
      pendingTemps.delete(temp);
    }
  } catch (err) {
    removePendingTemps();
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError(`Could not write ${files.map((f) => f.path).join(', ')}: ${reason}`);
  }
}

/** Called on interruption: no temporary file outlives the process. */
export function removePendingTemps(): void {
  for (const temp of pendingTemps) rmSync(temp, { force: true });
  pendingTemps.clear();
}
