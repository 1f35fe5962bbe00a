/** Exit codes, as documented in the README. */
export const EXIT = {
  OK: 0,
  GATE: 1,
  USAGE: 2,
  INTERRUPTED: 130,
} as const;

/** Bad input or a scan that cannot run: one line on stderr and exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
