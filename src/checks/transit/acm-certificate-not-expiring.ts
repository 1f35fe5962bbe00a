import { certificateLabel, certificateRef, dateOf, eachCertificate } from '../lib/acm-certificates.js';
import type { CertificateFacts } from '../../data/datasets/acm.js';
import { defineCheck } from '../define.js';

/**
 * Days before NotAfter from which a certificate FAILs. ACM.1's parameter daysToExpiration: default
 * 30, allowed 14 to 365. A constant until the configuration file offers check parameters.
 */
export const DAYS_TO_EXPIRATION = 30;

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

function usage(facts: CertificateFacts, inUse: boolean | undefined): string {
  const users = facts.InUseBy ?? [];
  if (users.length) {
    const shown = users.slice(0, 3).join(', ');
    return `in use by ${users.length === 1 ? shown : `${users.length} resources (${shown}${users.length > 3 ? ', ...' : ''})`}`;
  }
  return inUse ? 'in use' : 'not in use';
}

function renewal(facts: CertificateFacts): string {
  if (facts.Type === 'AMAZON_ISSUED' && facts.RenewalEligibility === 'ELIGIBLE') return 'ACM will renew it itself (Amazon-issued, eligible for managed renewal)';
  if (facts.Type === 'IMPORTED') return 'ACM never renews an imported certificate: import a new one';
  return `ACM will not renew it itself (type ${facts.Type ?? 'unknown'}, renewal eligibility ${facts.RenewalEligibility ?? 'unknown'})`;
}

export default defineCheck({
  id: 'acm-certificate-not-expiring',
  title: `ACM certificates are valid for more than ${DAYS_TO_EXPIRATION} days`,
  pillar: 'transit',
  service: 'acm',
  severity: 'medium',
  resourceType: 'AWS::CertificateManager::Certificate',
  description: `For each ACM certificate with status ISSUED or EXPIRED (imported, Amazon-issued or private), in every scanned Region and, for CloudFront, in us-east-1: NotAfter is more than ${DAYS_TO_EXPIRATION} days away (ACM.1's default; the control allows 14 to 365). Expired certificates fail. The message says whether the certificate is in use (InUse, InUseBy) and whether ACM will renew it itself (Type AMAZON_ISSUED with RenewalEligibility ELIGIBLE); imported certificates are never renewed by ACM. Certificates pending validation, failed, revoked or inactive are not evaluated. ListCertificates is asked for every key type, because by default it returns RSA 1024 and 2048 certificates only.`,
  risk: 'When a certificate expires, clients refuse the TLS connections of every load balancer, distribution or API that serves it: an outage, and a push for users to click through certificate warnings.',
  remediation: {
    text: 'Renew or replace the certificate before it expires: for an imported certificate, import the renewed one into the same ARN; for an Amazon-issued one, fix what blocks managed renewal (DNS validation records, domain reachability); delete certificates no longer used.',
    console: 'Certificate Manager > List certificates > the certificate > Reimport (imported) or check Renewal status and domain validation (Amazon-issued).',
    cli: 'aws acm import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
  },
  references: {
    securityHub: { ids: ['ACM.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-1',
      'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
    ],
  },
  reads: ['acm.allCertificates'],
  evaluate({ 'acm.allCertificates': regions }, ctx) {
    return eachCertificate(regions, ctx, (cert, facts) => {
      const resource = certificateRef(cert);
      const label = certificateLabel(cert, facts);
      const notAfter = dateOf(facts.NotAfter);
      if (!notAfter) return ctx.undetermined(resource, `Could not evaluate ${label}: ACM returned no NotAfter date for it.`);
      const days = Math.floor((notAfter.getTime() - ctx.now.getTime()) / DAY_MS);
      const about = `${usage(facts, cert.summary.InUse)}; ${renewal(facts)}`;
      if (notAfter.getTime() <= ctx.now.getTime()) {
        const ago = Math.floor((ctx.now.getTime() - notAfter.getTime()) / DAY_MS);
        return ctx.fail(resource, `${label} expired on ${day(notAfter)} (${ago === 0 ? 'today' : `${ago} day${ago === 1 ? '' : 's'} ago`}); ${about}.`);
      }
      if (notAfter.getTime() - ctx.now.getTime() <= DAYS_TO_EXPIRATION * DAY_MS) {
        return ctx.fail(resource, `${label} expires on ${day(notAfter)}, in ${days} day${days === 1 ? '' : 's'} (${DAYS_TO_EXPIRATION} days or fewer); ${about}.`);
      }
      return ctx.pass(resource, `${label} is valid until ${day(notAfter)} (${days} days); ${about}.`);
    });
  },
});
