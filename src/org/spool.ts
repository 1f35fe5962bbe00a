// Where an organization scan keeps each account's finished result until the reports are written: one
// file per account in a private temporary directory, so that the run holds a small summary per
// account instead of every report. The files are V8's structured-clone serialisation, the same
// encoding as a message between threads, so a result reads back exactly as it was written.
//
// The directory is the user's alone (0700) and is removed when the run ends, and also when the
// process exits on its own (an interruption ends it with process.exit), so no scan result is left
// behind on disk.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { OrgAccountResult } from './model.js';

export class ResultSpool {
  readonly dir: string;
  private readonly removeOnExit = () => this.remove();

  constructor(dir?: string) {
    // mkdtemp creates the directory with mode 0700.
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'aws-posture-'));
    if (!dir) process.once('exit', this.removeOnExit);
  }

  /** Writes one account's result; a worker thread writes to the directory its run created. */
  write(result: OrgAccountResult): void {
    writeFileSync(this.pathOf(result.id), serialize(result), { mode: 0o600 });
  }

  read(accountId: string): OrgAccountResult {
    return deserialize(readFileSync(this.pathOf(accountId))) as OrgAccountResult;
  }

  /** Removes the directory and every result in it. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    process.off('exit', this.removeOnExit);
  }

  private pathOf(accountId: string): string {
    // Account ids are 12 digits (checked where they are chosen); anything else must not name a path.
    if (!/^[\w-]+$/.test(accountId)) throw new Error(`Not an account id: ${accountId}`);
    return join(this.dir, `${accountId}.result`);
  }
}
