import { distributionLabel, distributionRef, viewerCertificateOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

/** CloudFront.15's fixed parameter: the security policies it accepts. */
const CURRENT = new Set(['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025']);

export default defineCheck({
  id: 'cloudfront-viewer-tls-policy-current',
  title: 'CloudFront distributions with SNI certificates use a current viewer TLS policy',
  pillar: 'transit',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution that serves a custom certificate by SNI (ViewerCertificate.CloudFrontDefaultCertificate not true and SSLSupportMethod sni-only): MinimumProtocolVersion is TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025, the values CloudFront.15 allows. TLSv1.2_2019 and TLSv1.2_2018 are TLS 1.2 but fail. Distributions on the default certificate (CloudFront then forces TLSv1) and dedicated-IP (vip) distributions are not evaluated, as Security Hub does not evaluate them.',
  risk: 'An older security policy lets viewers negotiate TLS 1.0 or 1.1, or TLS 1.2 with weaker ciphers (CBC, without forward secrecy), exposing traffic to known downgrade and padding attacks.',
  remediation: {
    text: 'Set the security policy of the distribution to TLSv1.2_2021 or later.',
    console: 'CloudFront > Distributions > the distribution > General > Settings > Edit > Security policy > TLSv1.2_2021 (recommended).',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set ViewerCertificate.MinimumProtocolVersion to TLSv1.2_2021; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.15'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-15',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.flatMap((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const vc = viewerCertificateOf(d);
      if (!vc) return [ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no ViewerCertificate.`)];
      if (vc.isDefault || vc.sslSupportMethod !== 'sni-only') return [];
      const policy = vc.minimumProtocolVersion;
      if (!policy) return [ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no MinimumProtocolVersion.`)];
      if (CURRENT.has(policy)) return [ctx.pass(resource, `${label} uses viewer security policy ${policy}.`)];
      return [ctx.fail(resource, `${label} uses viewer security policy ${policy}; CloudFront.15 accepts only TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025.`)];
    });
  },
});
