// Which TLS versions an Elastic Load Balancing security policy offers. The region's own
// DescribeSSLPolicies answer decides; the name table below is only for a policy that answer does
// not contain.

import type { SslPolicy } from '@aws-sdk/client-elastic-load-balancing-v2';

/** Protocols older than TLS 1.2, as DescribeSSLPolicies writes them (compared without case). */
const LEGACY_PROTOCOLS: ReadonlySet<string> = new Set(['sslv3', 'tlsv1', 'tlsv1.1']);

/** Predefined policy families by the oldest protocol they offer: true when older than TLS 1.2. */
const BY_NAME: ReadonlyArray<readonly [RegExp, boolean]> = [
  [/^ELBSecurityPolicy-2016-08$/, true],
  [/^ELBSecurityPolicy-2015-05$/, true],
  [/^ELBSecurityPolicy-TLS-1-0-/, true],
  [/^ELBSecurityPolicy-TLS-1-1-/, true],
  [/^ELBSecurityPolicy-FS-2018-06$/, true],
  [/^ELBSecurityPolicy-FS-1-1-/, true],
  [/^ELBSecurityPolicy-TLS13-1-0-/, true],
  [/^ELBSecurityPolicy-TLS13-1-1-/, true],
  [/^ELBSecurityPolicy-TLS13-1-2-/, false],
  [/^ELBSecurityPolicy-TLS13-1-3-/, false],
  [/^ELBSecurityPolicy-TLS-1-2-/, false],
  [/^ELBSecurityPolicy-FS-1-2-/, false],
];

export type SslPolicyVerdict =
  /** From the listing: the protocols older than TLS 1.2 it offers (empty: none). */
  | { source: 'listing'; legacy: string[] }
  /** From the name table, for a policy the listing lacks or lists without its protocols. */
  | { source: 'name'; offersLegacy: boolean }
  /** Neither the listing nor the name table knows the policy. */
  | { source: 'unknown' };

export function judgeSslPolicy(name: string, listed: readonly SslPolicy[]): SslPolicyVerdict {
  const policy = listed.find((p) => p.Name === name);
  // A policy listed without its protocols (an emulator's partial answer) says nothing: never read it as "none legacy".
  const protocols = policy?.SslProtocols ?? [];
  if (protocols.length) return { source: 'listing', legacy: protocols.filter((p) => LEGACY_PROTOCOLS.has(p.trim().toLowerCase())) };
  const known = BY_NAME.find(([pattern]) => pattern.test(name));
  return known ? { source: 'name', offersLegacy: known[1] } : { source: 'unknown' };
}
