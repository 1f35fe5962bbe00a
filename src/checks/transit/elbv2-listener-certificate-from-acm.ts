import { listenerLabel, listenerRef, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import { listing } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

const ENCRYPTED_PROTOCOLS = new Set(['HTTPS', 'TLS']);

/** The AWS service an ARN belongs to (`acm`, `iam`), or undefined when it is not an ARN. */
const serviceOf = (arn: string) => /^arn:[^:]+:([^:]+):/.exec(arn)?.[1];
const shortName = (arn: string) => (serviceOf(arn) === 'iam' ? `IAM server certificate ${arn.split('/').pop()}` : `ACM certificate ${arn.split('/').pop()}`);

export default defineCheck({
  id: 'elbv2-listener-certificate-from-acm',
  title: 'HTTPS and TLS listeners use ACM certificates, not IAM server certificates',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'low',
  resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  description:
    "For each HTTPS (ALB) or TLS (NLB) listener, the default certificate and every additional certificate is an ACM certificate (ARN service acm), not an IAM server certificate (ARN service iam). The certificates are the listener's default certificate and those DescribeListenerCertificates lists (the additional SNI certificates, the default included with IsDefault). ACM renews the certificates it issues; IAM server certificates expire silently (iam-server-certificate-not-expired catches only the expired ones).",
  risk: 'An IAM server certificate is never renewed for you: when it expires, clients refuse the listener and the application is down until someone uploads a new one.',
  remediation: {
    text: 'Request or import the certificate in ACM in the same Region and replace the IAM server certificate on the listener with it.',
    console: 'EC2 > Load Balancers > the load balancer > Listeners > the listener > Certificates > Change default / Add certificate > From ACM.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --certificates CertificateArn=<acm-certificate-arn>; aws elbv2 remove-listener-certificates --listener-arn <listener-arn> --certificates CertificateArn=<iam-certificate-arn>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html',
      'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
    ],
  },
  reads: ['elbv2.listeners', 'elbv2.listenerCertificates'],
  evaluate({ 'elbv2.listeners': perLb, 'elbv2.listenerCertificates': certificates }, ctx) {
    const listed = new Map(certificates.map((c) => [c.listener.ListenerArn, c.result]));
    return perLb
      .filter(({ loadBalancer }) => loadBalancer.Type !== 'gateway')
      .flatMap(({ loadBalancer, result }) => {
        if (!result.ok) return [ctx.error(loadBalancerRef(loadBalancer), result.error, `the listeners of ${loadBalancerRef(loadBalancer).id}`)];
        return result.value
          .filter((l) => ENCRYPTED_PROTOCOLS.has(l.Protocol ?? ''))
          .flatMap((listener) => {
            const resource = listenerRef(loadBalancer, listener);
            const label = listenerLabel(loadBalancer, listener);
            const extra = listed.get(listener.ListenerArn);
            // Deleted between DescribeListeners and DescribeListenerCertificates.
            if (!extra) return [];
            if (!extra.ok) return [ctx.error(resource, extra.error, label)];
            const arns = [...new Set([...(listener.Certificates ?? []), ...extra.value].map((c) => c.CertificateArn).filter((arn): arn is string => !!arn))];
            if (arns.length === 0) return [ctx.undetermined(resource, `Could not evaluate ${label}: neither DescribeListeners nor DescribeListenerCertificates named a certificate for it.`)];
            const iam = arns.filter((arn) => serviceOf(arn) === 'iam');
            const other = arns.filter((arn) => serviceOf(arn) !== 'iam' && serviceOf(arn) !== 'acm');
            if (iam.length) return [ctx.fail(resource, `${label} uses ${listing(iam.map(shortName))}, which ACM does not renew.`)];
            if (other.length) return [ctx.undetermined(resource, `Could not evaluate ${label}: certificate ${listing(other)} is neither an ACM nor an IAM certificate ARN.`)];
            return [ctx.pass(resource, `${label} uses ${arns.length === 1 ? 'an ACM certificate' : `${arns.length} ACM certificates`} only.`)];
          });
      });
  },
});
