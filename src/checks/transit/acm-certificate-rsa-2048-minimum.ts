import { certificateLabel, certificateRef, eachCertificate } from '../lib/acm-certificates.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'acm-certificate-rsa-2048-minimum',
  title: 'ACM certificates with RSA keys use at least 2048 bits',
  pillar: 'transit',
  service: 'acm',
  severity: 'high',
  resourceType: 'AWS::CertificateManager::Certificate',
  description:
    'For each ACM certificate with status ISSUED or EXPIRED and an RSA key, in every scanned Region and, for CloudFront, in us-east-1: the key is at least 2048 bits (KeyAlgorithm is not RSA_1024). EC certificates are not evaluated. ACM no longer issues RSA 1024 certificates, so a failure is an imported certificate, which cannot be re-keyed: the fix is to import a new one. ListCertificates is asked for every key type, because by default it returns RSA 1024 and 2048 certificates only.',
  risk: 'A 1024-bit RSA key is within reach of well-funded attackers; whoever factors it can impersonate the site and, without forward secrecy, decrypt recorded traffic.',
  remediation: {
    text: 'Issue a new certificate with an RSA 2048 (or larger, or ECDSA) key and re-import it into the same ARN, or request an ACM-issued certificate and switch the resources to it.',
    console: 'Certificate Manager > List certificates > the certificate > Reimport certificate.',
    cli: 'aws acm import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key-2048.pem --certificate-chain fileb://chain.pem',
  },
  references: {
    securityHub: { ids: ['ACM.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-2',
      'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms',
    ],
  },
  reads: ['acm.allCertificates'],
  evaluate({ 'acm.allCertificates': regions }, ctx) {
    return eachCertificate(regions, ctx, (cert, facts) => {
      const resource = certificateRef(cert);
      const label = certificateLabel(cert, facts);
      const algorithm = facts.KeyAlgorithm;
      if (!algorithm) return ctx.undetermined(resource, `Could not evaluate ${label}: ACM returned no KeyAlgorithm for it.`);
      if (!algorithm.startsWith('RSA')) return undefined;
      if (algorithm === 'RSA_1024') {
        const imported = facts.Type === 'IMPORTED' ? ' It is imported and cannot be re-keyed: import a certificate with a larger key.' : '';
        return ctx.fail(resource, `${label} has a 1024-bit RSA key (RSA_1024).${imported}`);
      }
      return ctx.pass(resource, `${label} has a ${algorithm.replace('RSA_', '')}-bit RSA key (${algorithm}).`);
    });
  },
});
