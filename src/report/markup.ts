// Escaping for the markup reporters (JUnit XML, HTML, Markdown). Everything AWS returns, and every name
// someone gave a resource, is data: it must never become an element, an attribute, a link, a mention or a
// character the file format forbids.

import { safeText, safeToken, visibleEscape, wellFormed } from './text.js';

// XML 1.0 allows only tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and the astral planes; in `u` mode an
// unpaired surrogate is a code point of its own and matches here too.
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Character data of an XML 1.0 element: markup escaped, characters XML forbids shown as visible escapes. */
export function xmlText(text: string): string {
  return text
    .replace(XML_INVALID, visibleEscape)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A raw CR would be turned into LF by every XML parser.
    .replace(/\r/g, '&#13;');
}

/** An XML attribute value (double-quoted): tab, LF and CR are written as references so they survive normalisation. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Text or a double- or single-quoted attribute value in HTML. */
export function html(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An AWS token (resource id, ARN, region) for HTML: control and bidi characters visible, then escaped. */
export const htmlToken = (text: string): string => html(safeToken(text));

/** AWS prose (a message, a reason) for HTML: on one line, controls visible, then escaped. */
export const htmlProse = (text: string): string => html(safeText(text));

/** A link target, or undefined when it is not an absolute http(s) URL (no javascript:, data: or relative links). */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : undefined;
}

// GitHub turns `@name` into a mention (a notification), `#123` into a cross-reference on another issue, and
// bare URLs, `www.` names and e-mail addresses into links. It does so on the rendered text, so backslashes and
// entities do not stop it; a word joiner (invisible) inside the pattern does.
const WORD_JOINER = '\u2060';

/**
 * AWS prose for Markdown (a paragraph or a table cell, never the start of a line): on one line, inline HTML
 * and Markdown syntax escaped, pipes escaped for tables, mentions, references and autolinks defused.
 */
export function mdText(text: string): string {
  return safeText(text)
    .replace(/[\\`*_[\]|~$<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
    .replace(/(?<=[a-z])(?=:\/\/)/gi, WORD_JOINER)
    .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}

/**
 * An AWS token as a Markdown code span, where nothing is interpreted (no HTML, emphasis, links or
 * mentions). In a table a `|` still ends the cell, so it is escaped there (GitHub shows it unescaped).
 */
export function mdCode(text: string, inTable = true): string {
  let body = safeToken(text);
  if (inTable) body = body.replace(/\|/g, '\\|');
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side lets the span start or end with a backtick; it is stripped when rendered.
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
