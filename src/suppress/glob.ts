// Patterns of the config file: `*` stands for any run of characters (`/` and `:` included, so that
// `arn:aws:iam::*:role/*` also covers role paths), `?` for one character. Nothing else is special,
// and a pattern always matches the whole value.

import { wildcardMatch } from '../glob.js';

export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

export function globMatches(pattern: string, value: string): boolean {
  return isGlob(pattern) ? wildcardMatch(pattern, value) : pattern === value;
}
