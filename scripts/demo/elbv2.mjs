// Recorded Elastic Load Balancing v2 calls of the demo account, in us-east-1 and eu-west-1: a
// well-configured public ALB, an old admin ALB on the 2016 TLS policy that serves plain HTTP (and
// still carries an IAM server certificate for an old host name), a single-zone NLB with a
// clear-text TCP listener, and a European ALB that redirects HTTP.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const elbv2 = (region, operation, input, output) => ({ service: 'elbv2', region, operation, input, output });

const CIPHERS_TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384'];
const CIPHERS_TLS12 = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384'];
const CIPHERS_2016 = [...CIPHERS_TLS12, 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'AES128-SHA', 'AES256-SHA'];
const sslPolicy = (Name, SslProtocols, ciphers) => ({
  SslProtocols,
  Ciphers: ciphers.map((c, i) => ({ Name: c, Priority: i + 1 })),
  Name,
  SupportedLoadBalancerTypes: ['application', 'network'],
});
// The predefined policies the region lists (a selection of the full answer).
const SSL_POLICIES = [
  sslPolicy('ELBSecurityPolicy-TLS13-1-2-2021-06', ['TLSv1.2', 'TLSv1.3'], CIPHERS_TLS13),
  sslPolicy('ELBSecurityPolicy-TLS13-1-3-2021-06', ['TLSv1.3'], CIPHERS_TLS13.slice(0, 3)),
  sslPolicy('ELBSecurityPolicy-TLS13-1-1-2021-06', ['TLSv1.1', 'TLSv1.2', 'TLSv1.3'], CIPHERS_TLS13),
  sslPolicy('ELBSecurityPolicy-TLS-1-2-2017-01', ['TLSv1.2'], CIPHERS_TLS12),
  sslPolicy('ELBSecurityPolicy-TLS-1-2-Ext-2018-06', ['TLSv1.2'], CIPHERS_2016),
  sslPolicy('ELBSecurityPolicy-FS-1-2-Res-2020-10', ['TLSv1.2'], CIPHERS_TLS12.slice(0, 6)),
  sslPolicy('ELBSecurityPolicy-TLS-1-1-2017-01', ['TLSv1.1', 'TLSv1.2'], CIPHERS_2016),
  sslPolicy('ELBSecurityPolicy-2016-08', ['TLSv1', 'TLSv1.1', 'TLSv1.2'], CIPHERS_2016),
];

const shortType = { application: 'app', network: 'net' };
const lb = (region, name, type, id, zones, extra = {}) => ({
  LoadBalancerArn: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${shortType[type]}/${name}/${id}`,
  DNSName: `${name}-${id.slice(0, 10)}.elb.${region}.amazonaws.com`,
  CanonicalHostedZoneId: type === 'application' ? 'Z35SXDOTRQ7X7K' : 'Z26RNL4JYFTOTI',
  CreatedTime: date('2025-04-09T13:20:00.000Z'),
  LoadBalancerName: name,
  Scheme: 'internet-facing',
  VpcId: region === 'us-east-1' ? 'vpc-0a1b2c3d4e5f60001' : 'vpc-0e1f2a3b4c5d60002',
  State: { Code: 'active' },
  Type: type,
  AvailabilityZones: zones.map((z, i) => ({ ZoneName: `${region}${z}`, SubnetId: `subnet-0${region === 'us-east-1' ? 'a' : 'e'}${z}${i}f2a3b4c5d6e7f8`, LoadBalancerAddresses: [] })),
  IpAddressType: 'ipv4',
  ...(type === 'application' ? { SecurityGroups: ['sg-0a1b2c3d4e5f60101'] } : {}),
  ...extra,
});

const targetGroup = (region, name, id) => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:targetgroup/${name}/${id}`;
const forward = (tg) => ({ Type: 'forward', TargetGroupArn: tg, Order: 1, ForwardConfig: { TargetGroups: [{ TargetGroupArn: tg, Weight: 1 }], TargetGroupStickinessConfig: { Enabled: false } } });
const REDIRECT = { Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } };
const listener = (balancer, protocol, port, actions, extra = {}) => ({
  ListenerArn: `${balancer.LoadBalancerArn.replace(':loadbalancer/', ':listener/')}/${protocol.toLowerCase()}${port}0a1b2c3d4e`,
  LoadBalancerArn: balancer.LoadBalancerArn,
  Port: port,
  Protocol: protocol,
  DefaultActions: actions,
  ...extra,
});
const certificate = (region) => ({ Certificates: [{ CertificateArn: `arn:aws:acm:${region}:${ACCOUNT}:certificate/4c1f8a2e-9b3d-4e6f-a7c8-2d5e1b9f0a36` }] });
const defaultRule = (l) => ({ RuleArn: `${l.ListenerArn.replace(':listener/', ':listener-rule/')}/default`, Priority: 'default', Conditions: [], Actions: l.DefaultActions, IsDefault: true });
const attributes = (values) =>
  Object.entries({
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'deletion_protection.enabled': 'false',
    ...values,
  }).map(([Key, Value]) => ({ Key, Value }));
const albAttributes = (values) =>
  attributes({
    'idle_timeout.timeout_seconds': '60',
    'routing.http.desync_mitigation_mode': 'defensive',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http2.enabled': 'true',
    ...values,
  });

// us-east-1
const prodWeb = lb('us-east-1', 'prod-web', 'application', '50dc6c495c0c9188', ['a', 'b', 'c']);
const prodWebHttps = listener(prodWeb, 'HTTPS', 443, [forward(targetGroup('us-east-1', 'prod-web', '73e2d6bc24d8a067'))], { ...certificate('us-east-1'), SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
const prodWebHttp = listener(prodWeb, 'HTTP', 80, [REDIRECT]);

const legacyAdmin = lb('us-east-1', 'legacy-admin', 'application', '8f3e2d1c0b9a8776', ['a', 'b']);
const legacyAdminHttps = listener(legacyAdmin, 'HTTPS', 443, [forward(targetGroup('us-east-1', 'legacy-admin', '1a2b3c4d5e6f7081'))], { ...certificate('us-east-1'), SslPolicy: 'ELBSecurityPolicy-2016-08' });
const legacyAdminHttp = listener(legacyAdmin, 'HTTP', 80, [forward(targetGroup('us-east-1', 'legacy-admin', '1a2b3c4d5e6f7081'))]);

const tcpIngest = lb('us-east-1', 'tcp-ingest', 'network', '2b4d6f8a0c1e3f50', ['a'], { Scheme: 'internal' });
const tcpIngestTls = listener(tcpIngest, 'TLS', 443, [forward(targetGroup('us-east-1', 'ingest-tls', '9c8b7a6f5e4d3c21'))], { ...certificate('us-east-1'), SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01', AlpnPolicy: ['None'] });
const tcpIngestTcp = listener(tcpIngest, 'TCP', 5432, [forward(targetGroup('us-east-1', 'ingest-pg', '0d1e2f3a4b5c6d7e'))]);

// eu-west-1
const euWeb = lb('eu-west-1', 'eu-web', 'application', 'a1b2c3d4e5f60718', ['a', 'b']);
const euWebHttps = listener(euWeb, 'HTTPS', 443, [forward(targetGroup('eu-west-1', 'eu-web', '3f4e5d6c7b8a9012'))], { ...certificate('eu-west-1'), SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
const euWebHttp = listener(euWeb, 'HTTP', 80, [REDIRECT]);
const euMqtt = lb('eu-west-1', 'eu-mqtt', 'network', '6c7d8e9f0a1b2c34', ['a', 'b']);
const euMqttTls = listener(euMqtt, 'TLS', 8883, [forward(targetGroup('eu-west-1', 'eu-mqtt-tls', '4a5b6c7d8e9f0a12'))], { ...certificate('eu-west-1'), SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', AlpnPolicy: ['None'] });
// The load balancer answers health probes itself; everything else is redirected.
const euWebHealthRule = {
  RuleArn: `${euWebHttp.ListenerArn.replace(':listener/', ':listener-rule/')}/5e6f7a8b9c0d1e2f`,
  Priority: '10',
  Conditions: [{ Field: 'path-pattern', Values: ['/healthz'], PathPatternConfig: { Values: ['/healthz'] } }],
  Actions: [{ Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain', MessageBody: 'ok' } }],
  IsDefault: false,
};

const REGIONS = {
  'us-east-1': {
    balancers: [
      {
        lb: prodWeb,
        listeners: [prodWebHttps, prodWebHttp],
        attributes: albAttributes({
          'access_logs.s3.enabled': 'true',
          'access_logs.s3.bucket': `acme-alb-logs-${ACCOUNT}`,
          'access_logs.s3.prefix': 'prod-web',
          'deletion_protection.enabled': 'true',
          'routing.http.drop_invalid_header_fields.enabled': 'true',
        }),
      },
      { lb: legacyAdmin, listeners: [legacyAdminHttps, legacyAdminHttp], attributes: albAttributes({ 'routing.http.desync_mitigation_mode': 'monitor' }) },
      { lb: tcpIngest, listeners: [tcpIngestTls, tcpIngestTcp], attributes: attributes({ 'load_balancing.cross_zone.enabled': 'false' }) },
    ],
    rules: [
      [prodWebHttp, [defaultRule(prodWebHttp)]],
      [legacyAdminHttp, [defaultRule(legacyAdminHttp)]],
    ],
  },
  'eu-west-1': {
    balancers: [
      {
        lb: euWeb,
        listeners: [euWebHttps, euWebHttp],
        attributes: albAttributes({
          'access_logs.s3.enabled': 'true',
          'access_logs.s3.bucket': `acme-alb-logs-eu-${ACCOUNT}`,
          'deletion_protection.enabled': 'true',
          'routing.http.drop_invalid_header_fields.enabled': 'true',
          'routing.http.desync_mitigation_mode': 'strictest',
        }),
      },
      {
        lb: euMqtt,
        listeners: [euMqttTls],
        attributes: attributes({
          'access_logs.s3.enabled': 'true',
          'access_logs.s3.bucket': `acme-nlb-logs-eu-${ACCOUNT}`,
          'deletion_protection.enabled': 'true',
          'load_balancing.cross_zone.enabled': 'true',
        }),
      },
    ],
    rules: [[euWebHttp, [euWebHealthRule, defaultRule(euWebHttp)]]],
  },
};

// DescribeListenerCertificates of every HTTPS and TLS listener: the default certificate (IsDefault)
// and the additional SNI certificates. legacy-admin still serves an IAM server certificate for the
// old admin host name.
const defaultCertificate = (l) => ({ CertificateArn: l.Certificates[0].CertificateArn, IsDefault: true });
const LISTENER_CERTIFICATES = {
  'us-east-1': [
    [prodWebHttps, [defaultCertificate(prodWebHttps)]],
    [legacyAdminHttps, [defaultCertificate(legacyAdminHttps), { CertificateArn: `arn:aws:iam::${ACCOUNT}:server-certificate/admin-legacy-2019`, IsDefault: false }]],
    [tcpIngestTls, [defaultCertificate(tcpIngestTls)]],
  ],
  'eu-west-1': [
    [euWebHttps, [defaultCertificate(euWebHttps)]],
    [euMqttTls, [defaultCertificate(euMqttTls)]],
  ],
};

// Target groups as DescribeTargetGroups lists them, attached or not.
const tg = (region, name, id, { protocol, port, health, healthPath, targetType = 'instance', balancers = [] }) => ({
  TargetGroupArn: targetGroup(region, name, id),
  TargetGroupName: name,
  ...(targetType === 'lambda'
    ? {}
    : {
        Protocol: protocol,
        Port: port,
        VpcId: region === 'us-east-1' ? 'vpc-0a1b2c3d4e5f60001' : 'vpc-0e1f2a3b4c5d60002',
        HealthCheckProtocol: health,
        HealthCheckPort: 'traffic-port',
        ...(healthPath ? { HealthCheckPath: healthPath, Matcher: { HttpCode: '200' } } : {}),
      }),
  HealthCheckEnabled: targetType !== 'lambda',
  HealthCheckIntervalSeconds: 30,
  HealthCheckTimeoutSeconds: 5,
  HealthyThresholdCount: 5,
  UnhealthyThresholdCount: 2,
  LoadBalancerArns: balancers.map((b) => b.LoadBalancerArn),
  TargetType: targetType,
  ...(protocol === 'HTTP' || protocol === 'HTTPS' ? { ProtocolVersion: 'HTTP1' } : {}),
  IpAddressType: 'ipv4',
});
/** Shared with exposure.mjs, which records DescribeTargetGroups (paged as the dataset asks) and the targets' health. */
export const TARGET_GROUPS = {
  'us-east-1': [
    tg('us-east-1', 'prod-web', '73e2d6bc24d8a067', { protocol: 'HTTPS', port: 443, health: 'HTTPS', healthPath: '/healthz', balancers: [prodWeb] }),
    tg('us-east-1', 'legacy-admin', '1a2b3c4d5e6f7081', { protocol: 'HTTP', port: 8080, health: 'HTTP', healthPath: '/', balancers: [legacyAdmin] }),
    tg('us-east-1', 'ingest-tls', '9c8b7a6f5e4d3c21', { protocol: 'TLS', port: 8443, health: 'TCP', balancers: [tcpIngest] }),
    tg('us-east-1', 'ingest-pg', '0d1e2f3a4b5c6d7e', { protocol: 'TCP', port: 5432, health: 'TCP', balancers: [tcpIngest] }),
  ],
  'eu-west-1': [
    tg('eu-west-1', 'eu-web', '3f4e5d6c7b8a9012', { protocol: 'HTTPS', port: 443, health: 'HTTPS', healthPath: '/healthz', balancers: [euWeb] }),
    tg('eu-west-1', 'eu-mqtt-tls', '4a5b6c7d8e9f0a12', { protocol: 'TLS', port: 8883, health: 'HTTPS', healthPath: '/health', balancers: [euMqtt] }),
    tg('eu-west-1', 'eu-thumbnailer', '5b6c7d8e9f0a1b23', { targetType: 'lambda' }),
    tg('eu-west-1', 'eu-canary-old', '6c7d8e9f0a1b2c34', { protocol: 'HTTP', port: 80, health: 'HTTP', healthPath: '/' }),
  ],
};

export default Object.entries(REGIONS).flatMap(([region, { balancers, rules }]) => [
  ...LISTENER_CERTIFICATES[region].map(([l, certificates]) => elbv2(region, 'DescribeListenerCertificates', { ListenerArn: l.ListenerArn }, { Certificates: certificates })),
  elbv2(region, 'DescribeLoadBalancers', {}, { LoadBalancers: balancers.map((b) => b.lb) }),
  elbv2(region, 'DescribeSSLPolicies', {}, { SslPolicies: SSL_POLICIES }),
  ...balancers.flatMap((b) => [
    elbv2(region, 'DescribeListeners', { LoadBalancerArn: b.lb.LoadBalancerArn }, { Listeners: b.listeners }),
    elbv2(region, 'DescribeLoadBalancerAttributes', { LoadBalancerArn: b.lb.LoadBalancerArn }, { Attributes: b.attributes }),
  ]),
  ...rules.map(([l, ruleList]) => elbv2(region, 'DescribeRules', { ListenerArn: l.ListenerArn }, { Rules: ruleList })),
]);
