import type { AwsService } from './catalogue.js';
import type { AwsRequest } from './errors.js';

/**
 * A request's place among the requests in flight (--concurrency and the per-service limits). The
 * scheduler gives it to the transport with the request, already taken. A transport that does work
 * of its own around the exchange (the SDK serialises, signs and parses) gives it back as soon as
 * AWS's answer is in, so that parsing one answer does not keep the next request from being sent,
 * and takes it again before it sends the same request a second time. A transport that does neither
 * keeps it until `send` settles, when the scheduler takes it back.
 */
export interface InFlightSlot {
  /** AWS has answered: the request no longer counts as in flight. Idempotent. */
  release(): void;
  /** Before another attempt: resolves once the request counts as in flight again. */
  acquire(): Promise<void>;
}

/** Sends one AWS request and returns its output (without SDK metadata), or throws the AWS error. */
export interface Transport {
  send(req: AwsRequest, slot?: InFlightSlot): Promise<Record<string, unknown>>;
  destroy?(): void;
  /**
   * A hint: these services are called next. A transport with a costly set-up per service may do it
   * now, while it waits for the answers it has asked for.
   */
  prepare?(services: readonly AwsService[]): void;
  /**
   * Resolves once the next request has been sent (written out to the network), so that work that
   * blocks the event loop can wait for it instead of holding the request back.
   */
  whenSent?(): Promise<void>;
}
