// The TLS security policies of OpenSearch Service domain endpoints, as data: what each offers and
// how Opensearch.8 / ES.8 read it.
//
// Sources: the OpenSearch Service API reference, DomainEndpointOptions.TLSSecurityPolicy (valid
// values and what each supports; the same list is the TLSSecurityPolicy enumeration of
// @aws-sdk/client-opensearch), and the Security Hub CSPM control reference, Opensearch.8 and ES.8,
// whose fixed parameter `tlsPolicies` is `Policy-Min-TLS-1-2-PFS-2023-10` (late 2025).

export interface TlsPolicySpec {
  /** What the policy offers, for messages. */
  offers: string;
  /**
   * `latest`: the control's parameter; `stronger`: newer and stricter than the parameter, passed
   * here although Security Hub may fail it; `outdated`: fails.
   */
  verdict: 'latest' | 'stronger' | 'outdated';
}

export const OPENSEARCH_TLS_POLICIES: Readonly<Record<string, TlsPolicySpec>> = {
  'Policy-Min-TLS-1-0-2019-07': { offers: 'TLS 1.0 to TLS 1.2', verdict: 'outdated' },
  'Policy-Min-TLS-1-2-2019-07': { offers: 'TLS 1.2 only, without requiring forward secrecy', verdict: 'outdated' },
  'Policy-Min-TLS-1-2-PFS-2023-10': { offers: 'TLS 1.2 and TLS 1.3 with perfect forward secrecy cipher suites', verdict: 'latest' },
  'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08': { offers: 'TLS 1.3 with FIPS (RFC 9151) cipher suites', verdict: 'stronger' },
};

/** The policy Opensearch.8 and ES.8 require. */
export const REQUIRED_TLS_POLICY = 'Policy-Min-TLS-1-2-PFS-2023-10';
