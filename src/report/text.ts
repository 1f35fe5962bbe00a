// Text that reaches a terminal. Resource names, messages and notes come from AWS and from whoever named
// the resources, so nothing in them may move the cursor, recolour the screen, reorder the text or break
// the layout: every control character is shown as a visible escape instead of being interpreted.

/**
 * C0 and C1 controls (ESC and CSI start every ANSI sequence), DEL, the line and paragraph separators,
 * and the bidirectional controls that can make text read differently from what it contains.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A character as a visible escape: `\x1b` below U+0100, `\u202e` above. */
export function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Replaces unpaired surrogates, which no encoder accepts, with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** A single token (resource id, region, ARN): every unsafe character becomes a visible escape such as `\x1b`. */
export function safeToken(text: string): string {
  return wellFormed(text).replace(UNSAFE, visibleEscape);
}

/** Prose (a message, a note): line breaks and tabs become spaces, anything else unsafe becomes visible. */
export function safeText(text: string): string {
  return safeToken(text.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')).replace(/ {2,}/g, ' ').trim();
}

// East Asian wide and fullwidth ranges plus emoji. Counting a character too wide only wraps a line
// early; counting it too narrow would overflow the terminal, so doubtful ranges are counted as wide.
const WIDE =
  /[\u1100-\u115f\u231a\u231b\u2329\u232a\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{16fe4}\u{17000}-\u{18cff}\u{1b000}-\u{1b2ff}\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** Columns a string of safe text takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - displayWidth(text))) + text;
}

/** Cuts a token into pieces of at most `columns` columns (a piece can be narrower when a wide character would straddle). */
function splitByWidth(token: string, first: number, columns: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  let limit = first;
  for (const char of token) {
    const w = charWidth(char);
    if (used + w > limit && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
      limit = columns;
    }
    piece += char;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

export interface FlowOptions {
  /** Total columns a line may take, indentation included. */
  width: number;
  /** Placed verbatim at the start of the first line and counted in its width. */
  prefix?: string;
  /** Spaces before every line after the first. */
  hang?: number;
  /** What separates two tokens on one line. */
  gap?: string;
}

/**
 * Lays tokens out in lines of at most `width` columns: a token that does not fit goes to the next line,
 * and a token wider than a whole line is cut, so no line is ever wider than `width`.
 */
export function flow(tokens: readonly string[], options: FlowOptions): string[] {
  const { width, prefix = '', gap = ' ' } = options;
  const hang = Math.min(options.hang ?? 0, Math.max(0, width - 10));
  const lines: string[] = [];
  let line = prefix;
  let used = displayWidth(prefix);
  let fresh = true;
  const indent = ' '.repeat(hang);
  const newLine = () => {
    lines.push(line.trimEnd());
    line = indent;
    used = hang;
    fresh = true;
  };
  for (const token of tokens) {
    if (token === '') continue;
    const tokenWidth = displayWidth(token);
    const sep = fresh ? '' : gap;
    const sepWidth = displayWidth(sep);
    if (used + sepWidth + tokenWidth <= width) {
      line += sep + token;
      used += sepWidth + tokenWidth;
      fresh = false;
      continue;
    }
    if (tokenWidth <= width - hang) {
      newLine();
      line += token;
      used += tokenWidth;
      fresh = false;
      continue;
    }
    // Wider than any line: start it here when a useful stretch is left, else on a fresh line.
    if ((!fresh && width - used - sepWidth < 8) || width - used < 2) newLine();
    const start = fresh ? '' : gap;
    const room = width - used - displayWidth(start);
    const pieces = splitByWidth(token, room, width - hang);
    pieces.forEach((piece, i) => {
      if (i > 0) newLine();
      line += (i === 0 ? start : '') + piece;
      used += (i === 0 ? displayWidth(start) : 0) + displayWidth(piece);
      fresh = false;
    });
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Words of a piece of prose, for `flow`. */
export function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}
