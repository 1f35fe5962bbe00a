import type { AwsRequest } from './errors.js';

/** Sends one AWS request and returns its output (without SDK metadata), or throws the AWS error. */
export interface Transport {
  send(req: AwsRequest): Promise<Record<string, unknown>>;
  destroy?(): void;
}
