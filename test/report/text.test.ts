import { describe, expect, test } from 'vitest';
import { displayWidth, flow, safeText, safeToken, words } from '../../src/report/text.js';

describe('safeToken', () => {
  test('shows ESC, BEL and C1 CSI as visible escapes', () => {
    expect(safeToken('a\u001b[31mb\u0007c\u009bd')).toBe('a\\x1b[31mb\\x07c\\x9bd');
  });

  test('shows bidi overrides and line separators instead of applying them', () => {
    expect(safeToken('invoice\u202egnp.exe\u2028x')).toBe('invoice\\u202egnp.exe\\u2028x');
  });

  test('keeps a newline inside an id visible rather than breaking the line', () => {
    expect(safeToken('two\nlines')).toBe('two\\x0alines');
  });

  test('replaces unpaired surrogates', () => {
    expect(safeToken('a\ud800b')).toBe('a\ufffdb');
  });

  test('leaves ordinary text, HTML-like text and CJK alone', () => {
    expect(safeToken('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(safeToken('数据桶-🔒')).toBe('数据桶-🔒');
  });
});

describe('safeText', () => {
  test('turns line breaks and tabs into single spaces', () => {
    expect(safeText('one\r\ntwo\tthree\n\nfour')).toBe('one two three four');
  });
});

describe('displayWidth', () => {
  test.for([
    ['abc', 3],
    ['数据', 4],
    ['🔒', 2],
    ['e\u0301', 1],
    ['\u200b', 0],
  ] as const)('%s is %d columns', ([text, width]) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('flow', () => {
  test('keeps every line within the width, cutting tokens wider than a line', () => {
    const tokens = ['short', 'x'.repeat(200), 'words', '数'.repeat(60), 'end'];
    for (const width of [20, 40, 57, 80]) {
      const lines = flow(tokens, { width, prefix: 'PREFIX ', hang: 7 });
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(`PREFIX${tokens.join('')}`);
    }
  });

  test('indents continuation lines by the hang', () => {
    const lines = flow(words('the quick brown fox jumps over the lazy dog'), { width: 20, hang: 4 });
    expect(lines.slice(1).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
  });

  test('separates tokens with the gap', () => {
    expect(flow(['a', 'b'], { width: 80, gap: '  ' })).toEqual(['a  b']);
  });
});
