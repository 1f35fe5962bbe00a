// How an organization scan reaches each account when it cannot hand over a function: a worker
// thread is given a TransportSource (plain data) and opens the TransportFactory it names.

import type { Transport } from '../aws/transport.js';
import type { OrgAccount } from './model.js';

/**
 * How a worker builds its transports: a module it imports, and plain data (a structured clone) for
 * it. The module's `openTransports(options)` resolves to a TransportFactory. Without `module`, the
 * worker uses the role access of `scan --org` (openRoleTransports in account-transport.ts), which
 * resolves the caller's credentials again in the worker: no credential crosses between threads.
 */
export interface TransportSource {
  module?: string;
  options: unknown;
}

export interface TransportFactory {
  transportFor(account: OrgAccount): Promise<Transport>;
  /** Called once the worker has scanned its last account. */
  close?(): Promise<void> | void;
}
