// Patterns of the config file: `*` stands for any run of characters (`/` and `:` included, so that
// `arn:aws:iam::*:role/*` also covers role paths), `?` for one character. Nothing else is special,
// and a pattern always matches the whole value.

const SPECIAL = /[\\^$.|+()[\]{}]/g;

export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

export function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(SPECIAL, '\\$&').replace(/\*+/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

export function globMatches(pattern: string, value: string): boolean {
  return isGlob(pattern) ? globToRegExp(pattern).test(value) : pattern === value;
}
