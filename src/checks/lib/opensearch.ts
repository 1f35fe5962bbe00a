// How the OpenSearch checks name domains, tell the two engines apart, and say which Security Hub
// control each finding counts for: Opensearch.x for OpenSearch-engine domains, ES.x for
// Elasticsearch-engine domains, one check serving both.

import type { DomainStatus } from '@aws-sdk/client-opensearch';
import type { CheckContext, ResourceRef } from '../define.js';
import type { OpenSearchDomain } from '../../data/datasets/opensearch.js';
import type { Finding } from '../../model.js';

export type Engine = 'OpenSearch' | 'Elasticsearch';

/**
 * The engine: Elasticsearch when `EngineVersion` (`Elasticsearch_7.10`) or the listing's EngineType
 * says so, otherwise OpenSearch when either says that. AWS never lets the two disagree; some
 * AWS-compatible endpoints do (an Elasticsearch domain listed as OpenSearch, or described with a
 * default `OpenSearch_` version), and only an Elasticsearch domain is ever called Elasticsearch.
 */
export function engineOf(domain: OpenSearchDomain): Engine | undefined {
  const version = domain.status.ok ? (domain.status.value.EngineVersion ?? '') : '';
  const listed = (domain.engineType ?? '').toLowerCase();
  if (/^elasticsearch_/i.test(version) || listed === 'elasticsearch') return 'Elasticsearch';
  if (/^opensearch_/i.test(version) || listed === 'opensearch') return 'OpenSearch';
  return undefined;
}

export function domainRef(domain: OpenSearchDomain, ctx: Pick<CheckContext, 'account' | 'region'>): ResourceRef {
  const arn = domain.status.ok ? domain.status.value.ARN : undefined;
  return { id: domain.name, arn: arn ?? `arn:${ctx.account.partition}:es:${ctx.region}:${ctx.account.id}:domain/${domain.name}` };
}

/** "OpenSearch domain logs (OpenSearch_2.11)", for the start of a message. */
export function domainLabel(domain: OpenSearchDomain): string {
  const engine = engineOf(domain);
  const version = domain.status.ok ? domain.status.value.EngineVersion : undefined;
  return `${engine ?? 'OpenSearch Service'} domain ${domain.name}${version ? ` (${version})` : ''}`;
}

/** The control of each engine a check carries; an engine without one has no control for the finding. */
export type EngineControls = Partial<Record<Engine, string>>;

/** The controls a finding counts for: its engine's, none if that engine has none, all when the engine is unknown. */
export function controlsOf(domain: OpenSearchDomain, controls: EngineControls): string[] {
  const engine = engineOf(domain);
  if (engine) return controls[engine] ? [controls[engine]] : [];
  return Object.values(controls).filter((c): c is string => !!c);
}

/**
 * One finding per domain: ERROR when DescribeDomains failed for it, otherwise `judge`'s verdict,
 * each tagged with the control of the domain's engine.
 */
export function eachDomain(
  domains: readonly OpenSearchDomain[],
  ctx: CheckContext,
  controls: EngineControls,
  judge: (status: DomainStatus, subject: string, resource: ResourceRef, domain: OpenSearchDomain) => Finding,
): Finding[] {
  return domains.map((domain) => {
    const resource = domainRef(domain, ctx);
    const finding = domain.status.ok ? judge(domain.status.value, domainLabel(domain), resource, domain) : ctx.error(resource, domain.status.error, `OpenSearch domain ${domain.name}`);
    return { ...finding, controls: controlsOf(domain, controls) };
  });
}
