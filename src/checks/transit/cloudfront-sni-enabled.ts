import { certificateName, distributionLabel, distributionRef, viewerCertificateOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-sni-enabled',
  title: 'CloudFront distributions with custom certificates serve them by SNI',
  pillar: 'transit',
  service: 'cloudfront',
  severity: 'low',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution with a custom certificate (an ACMCertificateArn or IAMCertificateId): SSLSupportMethod is sni-only. vip and static-ip fail CloudFront.8. Distributions on the default certificate are not evaluated.',
  risk: 'Dedicated-IP (vip) serving exists only for clients too old to send SNI: it keeps legacy clients, and the older protocols they need, in play, and costs a monthly fee per distribution.',
  remediation: {
    text: 'Switch the distribution to SNI: set the custom SSL client support to "Clients that support Server Name Indication (SNI)".',
    console: 'CloudFront > Distributions > the distribution > General > Settings > Edit > Legacy clients support: off.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set ViewerCertificate.SSLSupportMethod to sni-only; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-8',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-https-dedicated-ip-or-sni.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.flatMap((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const vc = viewerCertificateOf(d);
      if (!vc) return [ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no ViewerCertificate.`)];
      if (vc.isDefault || !vc.custom) return [];
      const cert = certificateName(vc.custom);
      if (vc.sslSupportMethod === 'sni-only') return [ctx.pass(resource, `${label} serves ${cert} by SNI (sni-only).`)];
      if (!vc.sslSupportMethod) return [ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no SSLSupportMethod for ${cert}.`)];
      return [ctx.fail(resource, `${label} serves ${cert} from dedicated IP addresses (SSLSupportMethod ${vc.sslSupportMethod}), not by SNI.`)];
    });
  },
});
