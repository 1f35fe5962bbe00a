import { asDate, day } from '../lib/iam-credentials.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-server-certificate-not-expired',
  title: 'No IAM server certificate has expired',
  pillar: 'transit',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::ServerCertificate',
  description: 'Every server certificate stored in IAM has an Expiration in the future.',
  risk: 'An expired certificate still deployed on a load balancer or CloudFront distribution breaks TLS for clients, and teaches users to click through certificate warnings.',
  remediation: {
    text: 'Delete expired server certificates from IAM after making sure no load balancer or distribution still uses them; prefer AWS Certificate Manager, which renews certificates itself.',
    console: 'IAM server certificates have no console page: use the CLI, or move to AWS Certificate Manager.',
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
  },
  references: {
    cis: { v5: '1.18', v3: '1.19' },
    securityHub: { ids: ['IAM.26'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-26',
    ],
  },
  reads: ['iam.serverCertificates'],
  evaluate({ 'iam.serverCertificates': certificates }, ctx) {
    return certificates.map((cert) => {
      const name = cert.ServerCertificateName ?? cert.ServerCertificateId ?? 'unknown';
      const resource = { id: name, arn: cert.Arn ?? '' };
      const expiration = asDate(cert.Expiration);
      if (!expiration) {
        return ctx.undetermined(resource, `Could not evaluate server certificate ${name}: IAM returned no expiration date.`);
      }
      return expiration.getTime() <= ctx.now.getTime()
        ? ctx.fail(resource, `Server certificate ${name} expired on ${day(expiration)}.`)
        : ctx.pass(resource, `Server certificate ${name} is valid until ${day(expiration)}.`);
    });
  },
});
