// Where a command writes and what it reads from its environment. Tests hand a command their own; the
// binary hands it the process's streams.

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  // A reader that stops early (`aws-posture diff a.json b.json | head`) is not an error of the scan.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** A line on stderr about the run, left out with --quiet; errors and warnings are written directly. */
export type Log = (line: string) => void;

export function runLog(io: CliIO, quiet: boolean | undefined): Log {
  return (line) => {
    if (!quiet) io.stderr.write(`${line}\n`);
  };
}

/** Text to standard output, always ending with one line break. */
export function writeStdout(io: CliIO, text: string): void {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
