// What the terminal a report goes to allows: colour, and width.
//
// Colour, in order: --color or --no-color; FORCE_COLOR (0 or false: never; anything else, even empty:
// always), which Node.js and most tools let override NO_COLOR; NO_COLOR (any non-empty value: never);
// TERM=dumb (never); else only on a terminal.

export interface ColorStream {
  isTTY?: boolean;
}

export interface SizedStream extends ColorStream {
  columns?: number;
}

/** The width reports without a terminal are laid out in. */
export const DEFAULT_COLUMNS = 80;

/**
 * Columns a text report may use: COLUMNS when it is set to a whole number (the user's say, on a
 * terminal or not), else the terminal's own width, else 80. Reporters never go below 40.
 */
export function terminalWidth(stream: SizedStream, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  if (stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0) return stream.columns;
  return DEFAULT_COLUMNS;
}

/** `flag` is commander's value of --color / --no-color: undefined when neither was given. */
export function useColor(flag: boolean | undefined, stream: ColorStream, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
