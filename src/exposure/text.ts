// One-line renderings of exposure evidence, from the evidence alone: the proof path of a reachable
// entry and the steps of an escalation chain. Checks use them in messages; the table, Markdown and
// HTML reports can use them under a finding (they need nothing but `finding.evidence`).

import type { EscalationChain, EscalationStep, PathHop, ReachableEvidence } from '../model.js';

/** `user dev`, `role admin`, `policy x`, or the ARN's last part. */
export function principalName(arn: string): string {
  const m = /^arn:[^:]+:iam::[^:]*:(user|role|group|policy|instance-profile)\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (m) return `${m[1]} ${m[2]}`;
  if (/^arn:[^:]+:iam::\d+:root$/.test(arn)) return 'the account root';
  return shortName(arn);
}

/** The last segment of an ARN (`admin-role`, `i-0abc`), or the text itself. */
export function shortName(arn: string): string {
  if (!arn.startsWith('arn:')) return arn;
  const tail = arn.split(':').slice(5).join(':');
  const parts = tail.split('/');
  return parts.length > 1 ? (parts[parts.length - 1] || tail) : tail;
}

function hopText(hop: PathHop): string {
  switch (hop.kind) {
    case 'public-ip':
      return `${hop.detail} (${hop.id})`;
    case 'internet-gateway':
      return hop.id + (hop.detail.includes('inspected') ? ` (inspected${/through (\S+)/.exec(hop.detail)?.[1] ? ` by ${/through (\S+)/.exec(hop.detail)![1]}` : ''})` : '');
    case 'route-table': {
      const routes = hop.detail.replace(/ \((main route table|associated)[^)]*\)$/, '');
      return `via ${hop.id} (${routes})`;
    }
    case 'vpc-block-public-access':
      return `VPC BPA exclusion ${hop.id}`;
    case 'network-acl':
      return `${hop.id} ${hop.detail}`;
    case 'security-group':
      return hop.id === 'none' ? 'no security group' : `${hop.id} ${hop.detail}`;
    case 'load-balancer':
      return `load balancer ${hop.id} (${hop.detail})`;
  }
}

/**
 * `public IP 54.1.2.3 (eni-1) <- igw-1 via rtb-1 (route 0.0.0.0/0 -> igw-1) <- acl-1 inbound rule
 * 100 allows ... <- sg-1 inbound TCP 22 from 0.0.0.0/0`; the internet gateway and route table read
 * as one hop.
 */
export function pathLine(path: readonly PathHop[]): string {
  const parts: string[] = [];
  for (const hop of path) {
    const text = hopText(hop);
    if (hop.kind === 'route-table' && parts.length && path[path.indexOf(hop) - 1]?.kind === 'internet-gateway') parts[parts.length - 1] += ` ${text}`;
    else parts.push(text);
  }
  return parts.join(' <- ');
}

/** `TCP 22 from 0.0.0.0/0`, `UDP 0-65535 from 203.0.113.0/24`, `ICMP from ::/0`. */
export function trafficText(r: Pick<ReachableEvidence, 'protocol' | 'ports' | 'sources'>): string {
  const protocol = r.protocol === 'icmp' ? 'ICMP' : r.protocol === 'icmpv6' ? 'ICMPv6' : r.protocol === 'other' ? 'every other protocol' : /^\d+$/.test(r.protocol) ? `protocol ${r.protocol}` : r.protocol.toUpperCase();
  return `${protocol}${r.ports ? ` ${r.ports}` : ''} from ${r.sources}`;
}

/** `TCP 22 from 0.0.0.0/0: public IP ... <- ...`. */
export function reachableLine(r: ReachableEvidence): string {
  return `${trafficText(r)}: ${pathLine(r.path)}`;
}

function stepText(step: EscalationStep): string {
  const [first, ...rest] = step.actions;
  const resources = step.resources.map(shortName).join(', ');
  return [`${first ?? '?'}(${resources})`, ...rest].join(' + ');
}

/** `user dev-ci -> iam:PassRole(admin-role) + ec2:RunInstances -> role admin-role`. */
export function chainLine(chain: EscalationChain, suffix = ''): string {
  if (!chain.steps.length) return '';
  const parts = [principalName(chain.steps[0]!.from)];
  chain.steps.forEach((step, i) => {
    parts.push(stepText(step));
    const next = chain.steps[i + 1];
    // A principal is named when the chain moves to it, and at the end.
    if (!next || next.from !== step.from) parts.push(principalName(step.to));
  });
  return parts.join(' -> ') + suffix;
}
