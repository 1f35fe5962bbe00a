// The test of a resource policy that denies plain (non-TLS) requests, shared by the checks that read
// it on different services (S3 bucket policies: S3.5, CIS 2.1.1; EFS file system policies): a Deny
// to every principal of the actions that matter, whose only condition is aws:SecureTransport false.

import { isEveryone, type Condition, type Statement } from '../../policy/document.js';

/** What a guard of one service must deny, and how its near misses are named. */
export interface TransportGuardScope {
  /** Whether the statement's Action list covers every action the guard must deny. */
  coversActions(st: Statement): boolean;
  /** Whether the statement's resource element is of a form the guard accepts (a Resource list, not NotResource). */
  resourceForm(st: Statement): boolean;
  /** A condition key that denies old TLS versions only (S3: s3:TlsVersion), named when a statement uses it alone. */
  tlsVersionKey?: { key: string; display: string };
}

/** `Bool` or `BoolIfExists` on aws:SecureTransport matching `"false"` or `false`: the request came over plain HTTP. */
export function matchesPlainTransport(c: Condition): boolean {
  return c.key === 'aws:securetransport' && /^bool(ifexists)?$/i.test(c.operator) && c.values.some((v) => v.toLowerCase() === 'false');
}

/** Conditions that are all aws:SecureTransport false: any other key (aws:SourceVpce...) narrows the deny. */
export function onlySecureTransportFalse(st: Statement): boolean {
  return st.conditions.length > 0 && st.conditions.every(matchesPlainTransport);
}

/** A Deny to everyone (not via NotPrincipal) of the guarded actions when aws:SecureTransport is false, and nothing else. */
export function isTransportGuard(st: Statement, scope: TransportGuardScope): boolean {
  return st.effect === 'Deny' && !st.notPrincipal && isEveryone(st.principal) && scope.coversActions(st) && scope.resourceForm(st) && onlySecureTransportFalse(st);
}

/** Why a statement that looks like a TLS guard is not one; undefined for unrelated statements. */
export function transportGuardNearMiss(st: Statement, label: string, scope: TransportGuardScope): string | undefined {
  const keys = new Set(st.conditions.map((c) => c.key));
  if (st.effect === 'Allow') {
    return keys.has('aws:securetransport') ? `statement ${label} allows requests over TLS, which denies nothing` : undefined;
  }
  if (!keys.has('aws:securetransport')) {
    const tls = scope.tlsVersionKey;
    return tls && keys.has(tls.key) ? `statement ${label} denies only old TLS versions (${tls.display}), so plain HTTP is still allowed` : undefined;
  }
  const misses: string[] = [];
  if (!st.conditions.some(matchesPlainTransport)) misses.push('does not match aws:SecureTransport false with Bool');
  if (st.notPrincipal) misses.push('is written with NotPrincipal');
  else if (!isEveryone(st.principal)) misses.push('applies to named principals only, not to "*"');
  if (!st.actions) misses.push(`uses NotAction (${(st.notActions ?? []).join(', ')})`);
  else if (!scope.coversActions(st)) misses.push(`denies only ${st.actions.join(', ')}`);
  if (!scope.resourceForm(st)) misses.push('uses NotResource');
  const extra = [...keys].filter((key) => key !== 'aws:securetransport');
  if (extra.length) misses.push(`also requires ${extra.join(', ')}, which narrows the deny`);
  return `statement ${label} ${misses.join(', ')}`;
}
