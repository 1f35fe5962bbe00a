// Every AWS operation the scanner is able to call, and how to page it: one module per service under
// services/, assembled here. Nothing outside this catalogue can be sent: the data layer refuses it,
// the IAM policy is derived from it, and a test proves each entry is read-only.

import type { OperationSpec, ServiceSpec } from './service-spec.js';
import accessanalyzer from './services/accessanalyzer.js';
import acm from './services/acm.js';
import apigateway from './services/apigateway.js';
import apigatewayv2 from './services/apigatewayv2.js';
import applicationAutoscaling from './services/application-autoscaling.js';
import backup from './services/backup.js';
import cloudfront from './services/cloudfront.js';
import cloudtrail from './services/cloudtrail.js';
import cloudwatch from './services/cloudwatch.js';
import config from './services/config.js';
import dax from './services/dax.js';
import dynamodb from './services/dynamodb.js';
import ec2 from './services/ec2.js';
import ecr from './services/ecr.js';
import efs from './services/efs.js';
import elasticache from './services/elasticache.js';
import elbv2 from './services/elbv2.js';
import guardduty from './services/guardduty.js';
import iam from './services/iam.js';
import kms from './services/kms.js';
import lambda from './services/lambda.js';
import logs from './services/logs.js';
import opensearch from './services/opensearch.js';
import organizations from './services/organizations.js';
import rds from './services/rds.js';
import redshift from './services/redshift.js';
import redshiftServerless from './services/redshift-serverless.js';
import s3 from './services/s3.js';
import s3control from './services/s3control.js';
import secretsmanager from './services/secretsmanager.js';
import securityhub from './services/securityhub.js';
import shield from './services/shield.js';
import sns from './services/sns.js';
import sqs from './services/sqs.js';
import ssm from './services/ssm.js';
import sts from './services/sts.js';
import wafv2 from './services/wafv2.js';

export type { OperationSpec, Paging, ServiceLimit, ServiceSpec } from './service-spec.js';

export const CATALOGUE = {
  sts,
  ec2,
  s3,
  s3control,
  iam,
  rds,
  kms,
  cloudtrail,
  elbv2,
  organizations,
  accessanalyzer,
  acm,
  apigateway,
  apigatewayv2,
  'application-autoscaling': applicationAutoscaling,
  backup,
  cloudfront,
  cloudwatch,
  config,
  dax,
  dynamodb,
  ecr,
  efs,
  elasticache,
  guardduty,
  lambda,
  logs,
  opensearch,
  redshift,
  'redshift-serverless': redshiftServerless,
  secretsmanager,
  securityhub,
  shield,
  sns,
  sqs,
  ssm,
  wafv2,
} as const satisfies Record<string, ServiceSpec>;

export type AwsService = keyof typeof CATALOGUE;
export type OperationOf<S extends AwsService> = keyof (typeof CATALOGUE)[S]['operations'] & string;
/** `service:Operation`, as written in dataset declarations. */
export type OperationId = { [S in AwsService]: `${S}:${OperationOf<S>}` }[AwsService];

export function operationSpec(service: AwsService, operation: string): OperationSpec | undefined {
  const operations: Readonly<Record<string, OperationSpec>> = CATALOGUE[service].operations;
  return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

export function iamActionOf(service: AwsService, operation: string): string {
  return operationSpec(service, operation)?.iamAction ?? `${CATALOGUE[service].iamPrefix}:${operation}`;
}

export function splitOperationId(id: OperationId): [AwsService, string] {
  const [service, operation] = id.split(':') as [AwsService, string];
  return [service, operation];
}

export function allOperationIds(): OperationId[] {
  return (Object.keys(CATALOGUE) as AwsService[]).flatMap((service) =>
    Object.keys(CATALOGUE[service].operations).map((op) => `${service}:${op}` as OperationId),
  );
}

/**
 * The Region whose endpoint serves a global service (CloudFront, Shield) in a partition: AWS signs
 * and routes their requests there, whatever Region the scan is looking at.
 */
export function globalEndpointRegion(partition: string): string {
  if (partition === 'aws-cn') return 'cn-northwest-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return 'us-east-1';
}

export function isGlobalService(service: AwsService): boolean {
  return (CATALOGUE[service] as ServiceSpec).endpoints === 'global';
}
