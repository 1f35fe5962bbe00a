// Whether a report written to a terminal is coloured. In order: --color or --no-color; FORCE_COLOR
// (0 or false: never; anything else, even empty: always), which Node.js and most tools let override
// NO_COLOR; NO_COLOR (any non-empty value: never); TERM=dumb (never); else only on a terminal.

export interface ColorStream {
  isTTY?: boolean;
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
