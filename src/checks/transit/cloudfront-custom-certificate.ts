import { certificateName, distributionLabel, distributionRef, viewerCertificateOf } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-custom-certificate',
  title: 'CloudFront distributions serve their own certificate, not the default one',
  pillar: 'transit',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    'For each CloudFront distribution, ViewerCertificate.CloudFrontDefaultCertificate is not true: the distribution serves a custom certificate (an ACMCertificateArn or an IAMCertificateId) rather than the shared *.cloudfront.net one, as CloudFront.7 reads it.',
  risk: 'On the default certificate, viewers reach the application under a *.cloudfront.net name, TLS below 1.2 stays allowed, and the name cannot carry the organisation identity that users and clients can pin.',
  remediation: {
    text: 'Request or import a certificate in ACM in us-east-1 for the alternate domain names, add the names to the distribution and select the certificate.',
    console: 'CloudFront > Distributions > the distribution > General > Settings > Edit > Alternate domain name (CNAME) and Custom SSL certificate.',
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json; set Aliases and ViewerCertificate {ACMCertificateArn, SSLSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021}; aws cloudfront update-distribution --id <id> --if-match <ETag> --distribution-config file://config.json',
  },
  references: {
    securityHub: { ids: ['CloudFront.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-7',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-alternate-domain-names.html',
    ],
  },
  reads: ['cloudfront.distributions'],
  evaluate({ 'cloudfront.distributions': distributions }, ctx) {
    return distributions.map((d) => {
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const vc = viewerCertificateOf(d);
      if (!vc) return ctx.undetermined(resource, `Could not evaluate ${label}: ListDistributions returned no ViewerCertificate.`);
      if (vc.isDefault) return ctx.fail(resource, `${label} serves the default *.cloudfront.net certificate (CloudFrontDefaultCertificate is true).`);
      return ctx.pass(resource, `${label} serves ${vc.custom ? certificateName(vc.custom) : 'a custom certificate'}, not the default *.cloudfront.net one.`);
    });
  },
});
