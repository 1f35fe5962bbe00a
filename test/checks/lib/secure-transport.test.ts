import { describe, expect, it } from 'vitest';
import { isTransportGuard, matchesPlainTransport, onlySecureTransportFalse, transportGuardNearMiss, type TransportGuardScope } from '../../../src/checks/lib/secure-transport.js';
import { parsePolicy, statementCoversAction } from '../../../src/policy/document.js';

const scope: TransportGuardScope = {
  coversActions: (st) => !!st.actions && ['svc:Read', 'svc:Write'].every((a) => statementCoversAction(st, a)),
  resourceForm: (st) => st.notResources === undefined,
  tlsVersionKey: { key: 'svc:tlsversion', display: 'svc:TlsVersion' },
};
const statement = (st: object) => parsePolicy({ Statement: [st] }).statements[0]!;
const guard = { Effect: 'Deny', Principal: '*', Action: 'svc:*', Condition: { Bool: { 'aws:SecureTransport': false } } };

describe('the shared TLS guard test', () => {
  it('reads Bool and BoolIfExists false, as a string or a boolean, and nothing else', () => {
    expect(matchesPlainTransport({ operator: 'Bool', key: 'aws:securetransport', values: ['false'] })).toBe(true);
    expect(matchesPlainTransport({ operator: 'BoolIfExists', key: 'aws:securetransport', values: ['FALSE'] })).toBe(true);
    expect(matchesPlainTransport({ operator: 'Bool', key: 'aws:securetransport', values: ['true'] })).toBe(false);
    expect(matchesPlainTransport({ operator: 'StringEquals', key: 'aws:securetransport', values: ['false'] })).toBe(false);
  });

  it('accepts a deny to everyone of the guarded actions with aws:SecureTransport false alone', () => {
    expect(isTransportGuard(statement(guard), scope)).toBe(true);
    expect(onlySecureTransportFalse(statement(guard))).toBe(true);
  });

  it('near miss: each way a statement falls short is named', () => {
    expect(isTransportGuard(statement({ ...guard, Action: 'svc:Read' }), scope)).toBe(false);
    expect(transportGuardNearMiss(statement({ ...guard, Action: 'svc:Read' }), '#1', scope)).toBe('statement #1 denies only svc:Read');
    expect(transportGuardNearMiss(statement({ ...guard, NotResource: 'x' }), '#1', scope)).toBe('statement #1 uses NotResource');
    expect(transportGuardNearMiss(statement({ Effect: 'Deny', Principal: '*', Action: 'svc:*', Condition: { NumericLessThan: { 'svc:TlsVersion': '1.2' } } }), '#2', scope)).toBe(
      'statement #2 denies only old TLS versions (svc:TlsVersion), so plain HTTP is still allowed',
    );
    expect(transportGuardNearMiss(statement({ Effect: 'Allow', Principal: '*', Action: 'svc:*' }), '#3', scope)).toBeUndefined();
  });
});
