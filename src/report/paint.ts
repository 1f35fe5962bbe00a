// ANSI styles for the terminal reports. Whether to colour is the caller's decision (cli/color.ts); the
// escape codes come from node:util's styleText, told not to second-guess it: by default it would look
// at process.stdout itself, which is not where every report goes.

import { styleText } from 'node:util';

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'magenta' | 'cyan' | 'gray';
export type Brush = (text: string) => string;

/** `paint('red', 'bold')(text)`: the text in those styles, the first outermost; unchanged when colour is off. */
export function palette(color: boolean): (...styles: Style[]) => Brush {
  return (...styles) =>
    (text) =>
      !color || text === '' ? text : styles.reduceRight((styled, style) => styleText(style, styled, { validateStream: false }), text);
}

/** How every terminal report shows a severity and a status. */
export const SEVERITY_STYLES: Readonly<Record<string, readonly Style[]>> = {
  critical: ['magenta', 'bold'],
  high: ['red'],
  medium: ['yellow'],
  low: ['cyan'],
  informational: ['gray'],
};
export const STATUS_STYLES: Readonly<Record<string, readonly Style[]>> = { FAIL: ['red', 'bold'], ERROR: ['yellow', 'bold'], PASS: ['green'] };
