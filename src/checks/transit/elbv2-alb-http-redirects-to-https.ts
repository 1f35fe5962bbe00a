import type { Action, Listener, Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Fetched } from '../../data/dataset.js';
import { isApplicationLoadBalancer, loadBalancerLabel, loadBalancerRef } from '../lib/elbv2-load-balancers.js';
import type { AwsErrorInfo } from '../../model.js';
import { defineCheck } from '../define.js';

const ROUTING_ACTIONS = new Set(['forward', 'redirect', 'fixed-response']);

/** What is wrong with an HTTP listener's default action, if anything. */
function defaultActionProblem(actions: readonly Action[]): string | undefined {
  // Authentication actions come first (by Order); the routing action is the last one.
  const routing = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).filter((a) => ROUTING_ACTIONS.has(a.Type ?? '')).at(-1);
  if (!routing) return 'the default action does not redirect';
  if (routing.Type === 'forward') return 'the default action forwards to a target group';
  if (routing.Type === 'fixed-response') return 'the default action returns a fixed response instead of redirecting';
  const protocol = routing.RedirectConfig?.Protocol;
  if (protocol?.toUpperCase() !== 'HTTPS') return `the default action redirects with protocol ${protocol ?? '#{protocol}'}, which keeps HTTP`;
  return undefined;
}

/** Rules other than the default one that forward HTTP traffic instead of redirecting it. */
function forwardingRules(rules: readonly Rule[]): string[] {
  return rules
    .filter((r) => r.IsDefault !== true && (r.Actions ?? []).some((a) => a.Type === 'forward'))
    .map((r) => `rule ${r.Priority ?? r.RuleArn ?? '?'} forwards to a target group`);
}

export default defineCheck({
  id: 'elbv2-alb-http-redirects-to-https',
  title: 'Application Load Balancers redirect every HTTP listener to HTTPS',
  pillar: 'transit',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  description:
    "For each Application Load Balancer, every HTTP listener's default action redirects with protocol HTTPS and none of its rules forwards to a target group (fixed responses are fine). An ALB without HTTP listeners passes; Network and Gateway Load Balancers are not evaluated.",
  risk: 'An HTTP listener that forwards serves the application in clear text, where credentials, session cookies and data can be read or altered on the way.',
  remediation: {
    text: 'Make the default action of each HTTP listener a redirect to HTTPS (port 443, status HTTP_301) and remove or change rules that forward HTTP requests.',
    console: 'EC2 > Load Balancers > the ALB > Listeners and rules > the HTTP listener > Edit listener > Default action: Redirect to URL, protocol HTTPS, port 443.',
    cli: 'aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
  },
  references: {
    securityHub: { ids: ['ELB.1'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions'],
  },
  reads: ['elbv2.listeners', 'elbv2.listenerRules'],
  evaluate({ 'elbv2.listeners': perLb, 'elbv2.listenerRules': perListener }, ctx) {
    const rulesOf = new Map<string | undefined, Fetched<Rule[]>>(perListener.map((l) => [l.listener.ListenerArn, l.result]));
    return perLb
      .filter(({ loadBalancer }) => isApplicationLoadBalancer(loadBalancer))
      .map(({ loadBalancer, result }) => {
        const resource = loadBalancerRef(loadBalancer);
        const label = loadBalancerLabel(loadBalancer);
        if (!result.ok) return ctx.error(resource, result.error);
        const http = result.value.filter((l: Listener) => l.Protocol === 'HTTP');
        if (http.length === 0) return ctx.pass(resource, `${label} has no HTTP listener.`);
        const problems: string[] = [];
        const judged: Listener[] = [];
        const unknown: string[] = [];
        let unreadRules: AwsErrorInfo | undefined;
        for (const listener of http) {
          const port = listener.Port ?? '?';
          // Rules are read for every HTTP listener with an ARN; one missing from that read was deleted since the listing.
          if (listener.ListenerArn && !rulesOf.has(listener.ListenerArn)) continue;
          judged.push(listener);
          const found: string[] = [];
          const actions = listener.DefaultActions ?? [];
          // Every listener has a default action; an answer without one is missing data, not a listener that serves nothing.
          if (actions.length) {
            const problem = defaultActionProblem(actions);
            if (problem) found.push(problem);
          } else unknown.push(`the listener on port ${port} reports no default action`);
          const rules = listener.ListenerArn ? rulesOf.get(listener.ListenerArn) : undefined;
          if (rules?.ok) found.push(...forwardingRules(rules.value));
          else if (rules) unreadRules ??= rules.error;
          else unknown.push(`the rules of the listener on port ${port} could not be read (it reports no ARN)`);
          if (found.length) problems.push(`on port ${port} ${found.join(' and ')}`);
        }
        if (problems.length) return ctx.fail(resource, `${label} serves plain HTTP: ${problems.join('; ')}.`);
        // Default actions all redirect, but a rule that could not be read might still forward.
        if (unreadRules) return ctx.error(resource, unreadRules, `the HTTP listener rules of ${label}`);
        if (unknown.length) return ctx.undetermined(resource, `Whether ${label} serves plain HTTP is unknown: ${unknown.join('; ')}.`);
        if (judged.length === 0) return ctx.pass(resource, `${label} has no HTTP listener.`);
        const ports = judged.map((l) => l.Port ?? '?').join(', ');
        return ctx.pass(resource, `${label} redirects HTTP to HTTPS on port${judged.length === 1 ? '' : 's'} ${ports}, and no rule forwards HTTP traffic.`);
      });
  },
});
