// Which ElastiCache engine versions offer in-transit encryption, encryption at rest, AUTH and
// role-based access control: one table, each row with the AWS page it comes from. Versions are
// compared number by number ("4.0.10" is later than "4.0.9"), never as text; a version the table
// cannot place (unknown engine, unparseable version, a wildcard that straddles a boundary) is
// 'unknown', and a check that needs the answer reports ERROR, never PASS.

export type EngineFeature = 'transit' | 'atRest' | 'authToken' | 'rbac';
export type Engine = 'redis' | 'valkey' | 'memcached';
export type Support = 'yes' | 'no' | 'unknown';

/** Versions from `from` on, or exactly `exactly` (patch versions included: 3.2.6 is not 3.2.10). */
export type VersionRange = { from: string } | { exactly: string };

export interface EngineSupportRow {
  feature: EngineFeature;
  engine: Engine;
  /** The versions that have the feature; empty: no version of this node-based engine has it. */
  versions: readonly VersionRange[];
  source: string;
}

const DATA_SECURITY = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/encryption.html';
const IN_TRANSIT = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html';
const AT_REST = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html';
const AUTH = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html';
const RBAC = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html';

/** Every ElastiCache Valkey version (ElastiCache offers Valkey from 7.2 on). */
const EVERY_VERSION: readonly VersionRange[] = [{ from: '0' }];
/** Redis OSS 3.2.6, then 4.0.10 and later: the versions with encryption features. */
const REDIS_ENCRYPTION: readonly VersionRange[] = [{ exactly: '3.2.6' }, { from: '4.0.10' }];

export const ENGINE_SUPPORT: readonly EngineSupportRow[] = [
  // "Amazon ElastiCache for Memcached provides encryption features for data on caches running
  // Memcached versions 1.6.12 or later. ... Valkey 7.2 or later, and Redis OSS versions 3.2.6,
  // 4.0.10 or later."
  { feature: 'transit', engine: 'redis', versions: REDIS_ENCRYPTION, source: IN_TRANSIT },
  { feature: 'transit', engine: 'valkey', versions: EVERY_VERSION, source: IN_TRANSIT },
  { feature: 'transit', engine: 'memcached', versions: [{ from: '1.6.12' }], source: DATA_SECURITY },
  // At rest: replication groups of Redis OSS 3.2.6 or 4.0.10 and later, every Valkey version;
  // node-based Memcached clusters cannot encrypt at rest (serverless caches always do).
  { feature: 'atRest', engine: 'redis', versions: REDIS_ENCRYPTION, source: AT_REST },
  { feature: 'atRest', engine: 'valkey', versions: EVERY_VERSION, source: AT_REST },
  { feature: 'atRest', engine: 'memcached', versions: [], source: AT_REST },
  // AUTH tokens need in-transit encryption, so the same versions.
  { feature: 'authToken', engine: 'redis', versions: REDIS_ENCRYPTION, source: AUTH },
  { feature: 'authToken', engine: 'valkey', versions: EVERY_VERSION, source: AUTH },
  { feature: 'authToken', engine: 'memcached', versions: [], source: AUTH },
  // Role-based access control (user groups): Redis OSS 6.0 and later, every Valkey version.
  { feature: 'rbac', engine: 'redis', versions: [{ from: '6.0' }], source: RBAC },
  { feature: 'rbac', engine: 'valkey', versions: EVERY_VERSION, source: RBAC },
  { feature: 'rbac', engine: 'memcached', versions: [], source: RBAC },
];

/** `redis`, `valkey` or `memcached` in any case; anything else is not an engine the table knows. */
export function engineOf(value: string | undefined): Engine | undefined {
  const engine = value?.trim().toLowerCase();
  return engine === 'redis' || engine === 'valkey' || engine === 'memcached' ? engine : undefined;
}

/** Parts of a version: numbers, or `x` (ElastiCache's `6.x`), which stands for any number. */
type Part = number | 'x';

export function parseVersion(text: string | undefined): Part[] | undefined {
  const value = text?.trim().toLowerCase();
  if (!value || !/^\d+(\.(\d+|x))*$/.test(value)) return undefined;
  return value.split('.').map((p) => (p === 'x' ? 'x' : Number(p)));
}

/** -1, 0 or 1, part by part, missing parts being 0 ("6.0" equals "6.0.0"). `x` must be replaced first. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The lowest and highest versions a pattern stands for (`6.x`: 6.0 to 6.∞). */
function bounds(parts: readonly Part[]): [number[], number[]] {
  return [parts.map((p) => (p === 'x' ? 0 : p)), parts.map((p) => (p === 'x' ? Number.POSITIVE_INFINITY : p))];
}

function inRange(parts: readonly Part[], range: VersionRange): Support {
  const [low, high] = bounds(parts);
  if ('from' in range) {
    const from = parseVersion(range.from)!.map(Number);
    if (compare(low, from) >= 0) return 'yes';
    return compare(high, from) < 0 ? 'no' : 'unknown';
  }
  const exact = parseVersion(range.exactly)!.map(Number);
  if (!parts.includes('x')) return compare(low, exact) === 0 ? 'yes' : 'no';
  // A pattern matches the exact version when every number it fixes agrees.
  const matches = exact.every((n, i) => parts[i] === undefined || parts[i] === 'x' || parts[i] === n) && parts.every((p, i) => p === 'x' || p === (exact[i] ?? 0));
  return matches ? 'unknown' : 'no';
}

/** Whether `engine` at `version` offers `feature`, by the table. */
export function supports(feature: EngineFeature, engine: Engine, version: string | undefined): Support {
  const row = ENGINE_SUPPORT.find((r) => r.feature === feature && r.engine === engine);
  if (!row) return 'unknown';
  if (row.versions.length === 0) return 'no';
  if (row.versions === EVERY_VERSION) return 'yes';
  const parts = parseVersion(version);
  if (!parts) return 'unknown';
  const answers = row.versions.map((range) => inRange(parts, range));
  if (answers.includes('yes')) return 'yes';
  return answers.every((a) => a === 'no') ? 'no' : 'unknown';
}

/** Support over several engine candidates and versions: known only when every combination agrees. */
export function supportsAll(feature: EngineFeature, engines: readonly Engine[], versions: readonly (string | undefined)[]): Support {
  if (engines.length === 0) return 'unknown';
  const answers = engines.flatMap((engine) => (versions.length ? versions : [undefined]).map((v) => supports(feature, engine, v)));
  const first = answers[0]!;
  return answers.every((a) => a === first) ? first : 'unknown';
}

/** The source page of a row, for messages and documentation. */
export function sourceOf(feature: EngineFeature, engine: Engine): string | undefined {
  return ENGINE_SUPPORT.find((r) => r.feature === feature && r.engine === engine)?.source;
}
