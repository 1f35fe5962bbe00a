import type { Listener, LoadBalancer, Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elbv2-alb-http-redirects-to-https.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { listener, loadBalancer, redirectToHttps } from '../../fixtures/elbv2.js';

const alb = loadBalancer('prod-web');
const defaultRule = (l: Listener): Rule => ({ RuleArn: `${l.ListenerArn}/default`, Priority: 'default', Conditions: [], Actions: l.DefaultActions, IsDefault: true });
const pathRule = (priority: string, action: Rule['Actions']): Rule => ({
  RuleArn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/prod-web/50dc6c495c0c9188/r${priority}`,
  Priority: priority,
  Conditions: [{ Field: 'path-pattern', Values: ['/health'] }],
  Actions: action,
  IsDefault: false,
});

function data(lb: LoadBalancer, listeners: Fetched<Listener[]>, rules: Array<[Listener, Fetched<Rule[]>]> = []) {
  const withDefaults = rules.length || !listeners.ok ? rules : listeners.value.filter((l) => l.Protocol === 'HTTP').map((l): [Listener, Fetched<Rule[]>] => [l, ok([defaultRule(l)])]);
  return {
    'elbv2.listeners': [{ loadBalancer: lb, result: listeners }],
    'elbv2.listenerRules': withDefaults.map(([l, result]) => ({ loadBalancer: lb, listener: l, result })),
  };
}

const https = listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
const httpRedirect = listener(alb, 'HTTP', 80, { DefaultActions: [redirectToHttps] });

describe('elbv2-alb-http-redirects-to-https', () => {
  it('passes an ALB whose HTTP listener redirects to HTTPS', () => {
    const findings = evaluate(check, data(alb, ok([https, httpRedirect])));
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web']]);
    expect(findings[0]!.message).toBe('Application Load Balancer prod-web redirects HTTP to HTTPS on port 80, and no rule forwards HTTP traffic.');
  });

  it('passes an ALB without HTTP listeners', () => {
    expect(evaluate(check, data(alb, ok([https])))[0]!.message).toBe('Application Load Balancer prod-web has no HTTP listener.');
  });

  it('fails an HTTP listener that forwards', () => {
    const findings = evaluate(check, data(alb, ok([listener(alb, 'HTTP', 80)])));
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
    expect(findings[0]!.message).toBe('Application Load Balancer prod-web serves plain HTTP: on port 80 the default action forwards to a target group.');
  });

  it('near miss: a redirect with protocol #{protocol} keeps HTTP', () => {
    const keeps = listener(alb, 'HTTP', 80, { DefaultActions: [{ ...redirectToHttps, RedirectConfig: { ...redirectToHttps.RedirectConfig, Protocol: '#{protocol}', Host: 'www.example.com' } }] });
    const findings = evaluate(check, data(alb, ok([keeps])));
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
    expect(findings[0]!.message).toContain('redirects with protocol #{protocol}, which keeps HTTP');
  });

  it('near miss: a redirecting default with a rule that forwards fails; a fixed-response rule is fine', () => {
    const forward = pathRule('10', [{ Type: 'forward', TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067' }]);
    const fixed = pathRule('20', [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain', MessageBody: 'ok' } }]);
    const failing = evaluate(check, data(alb, ok([httpRedirect]), [[httpRedirect, ok([fixed, forward, defaultRule(httpRedirect)])]]));
    expect(verdicts(failing)).toEqual([['FAIL', 'prod-web']]);
    expect(failing[0]!.message).toContain('rule 10 forwards to a target group');
    expect(verdicts(evaluate(check, data(alb, ok([httpRedirect]), [[httpRedirect, ok([fixed, defaultRule(httpRedirect)])]])))).toEqual([['PASS', 'prod-web']]);
  });

  it('near miss: port and status code of the redirect do not matter', () => {
    const odd = listener(alb, 'HTTP', 8080, { DefaultActions: [{ ...redirectToHttps, RedirectConfig: { ...redirectToHttps.RedirectConfig, Port: '8443', StatusCode: 'HTTP_302' } }] });
    expect(verdicts(evaluate(check, data(alb, ok([odd]))))).toEqual([['PASS', 'prod-web']]);
  });

  it('near miss: NLBs are not evaluated', () => {
    const nlb = loadBalancer('tcp-ingest', 'network');
    expect(evaluate(check, data(nlb, ok([listener(nlb, 'TCP', 80)])))).toEqual([]);
  });

  it('reports ERROR when the listeners, or the rules of a redirecting listener, cannot be read', () => {
    const noListeners = evaluate(check, data(alb, failed(awsError('AccessDenied', 'elasticloadbalancing:DescribeListeners'))));
    expect(verdicts(noListeners)).toEqual([['ERROR', 'prod-web']]);
    const noRules = evaluate(check, data(alb, ok([httpRedirect]), [[httpRedirect, failed(awsError('AccessDenied', 'elasticloadbalancing:DescribeRules'))]]));
    expect(verdicts(noRules)).toEqual([['ERROR', 'prod-web']]);
    expect(noRules[0]!.error?.action).toBe('elasticloadbalancing:DescribeRules');
  });

  it('reports ERROR per region when the load balancers cannot be listed', async () => {
    const findings = await run(check, { 'elbv2.listeners': awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers'), 'elbv2.listenerRules': [] });
    expect(findings.map((f) => [f.status, f.region])).toEqual([['ERROR', 'us-east-1']]);
  });
});

describe('elbv2-alb-http-redirects-to-https on partial answers', () => {
  it('reports ERROR, not PASS, when an HTTP listener reports no ARN, so its rules could not be read', () => {
    const { ListenerArn: _, ...noArn } = httpRedirect;
    const findings = evaluate(check, data(alb, ok([noArn]), []));
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web']]);
    expect(findings[0]!.message).toBe(
      'Whether Application Load Balancer prod-web serves plain HTTP is unknown: the rules of the listener on port 80 could not be read (it reports no ARN).',
    );
  });

  it('reports ERROR, not FAIL, when an HTTP listener reports no default action', () => {
    const bare = listener(alb, 'HTTP', 80, { DefaultActions: undefined });
    const findings = evaluate(check, data(alb, ok([bare]), [[bare, ok([])]]));
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web']]);
    expect(findings[0]!.message).toContain('the listener on port 80 reports no default action');
  });

  it('near miss: an HTTP listener deleted before its rules were read is left out, not guessed at', () => {
    const gone = listener(alb, 'HTTP', 8080);
    const findings = evaluate(check, data(alb, ok([httpRedirect, gone]), [[httpRedirect, ok([defaultRule(httpRedirect)])]]));
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web']]);
    expect(findings[0]!.message).toBe('Application Load Balancer prod-web redirects HTTP to HTTPS on port 80, and no rule forwards HTTP traffic.');
  });
});
