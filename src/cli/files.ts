// Files the CLI writes appear whole or not at all: each is written to a temporary file beside it
// and renamed into place, so an interrupted or failed run never leaves half a report.

import { accessSync, closeSync, constants, existsSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
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
  // access() answers for the permission bits only, and not at all for root: a read-only file system, a
  // directory that takes no new file (/proc), an exhausted quota show only when a file is created.
  // The temporary file the report will be written to is created now, and removed.
  const probe = join(dir, `.${basename(full)}.${process.pid}.probe.tmp`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
  } catch (err) {
    throw new UsageError(`Cannot write ${what} to ${path}: ${reasonOf(err)}`);
  }
  rmSync(probe, { force: true });
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'no space left';
  return `the directory takes no new file (${code ?? 'unknown error'})`;
}

/** A file's content: its text, or its text in pieces, produced as the file is written. */
export type FileContent = string | (() => Iterable<string>);

/** Writes every file or none: all temporaries first, then the renames. */
export function writeFilesAtomically(files: ReadonlyArray<{ path: string; content: FileContent }>): void {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      const full = resolve(file.path);
      const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${Date.now()}.tmp`);
      pendingTemps.add(temp);
      if (typeof file.content === 'string') writeFileSync(temp, file.content, { mode: 0o644 });
      else writePieces(temp, file.content());
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

function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w', 0o644);
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** Called on interruption: no temporary file outlives the process. */
export function removePendingTemps(): void {
  for (const temp of pendingTemps) rmSync(temp, { force: true });
  pendingTemps.clear();
}
