import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ssm-document-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const doc = (Name: string) => ({ Name, Owner: '123456789012', DocumentType: 'Command' as const, DocumentFormat: 'JSON' as const, SchemaVersion: '2.2', DocumentVersion: '1' });
const shared = (...accountIds: string[]) => ok({ accountIds, sharingInfo: accountIds.map((AccountId) => ({ AccountId, SharedDocumentVersion: 'default' })) });

describe('ssm-document-not-public', () => {
  it('passes a document that is not shared', () => {
    const findings = evaluate(check, { 'ssm.documents': [{ document: doc('Restart-Web'), sharing: shared() }] });
    expect(verdicts(findings)).toEqual([['PASS', 'Restart-Web']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ssm:us-east-1:123456789012:document/Restart-Web');
    expect(findings[0]!.message).toBe('SSM document Restart-Web is not public (not shared).');
  });

  it('passes a document shared with named accounts, listing them', () => {
    const findings = evaluate(check, { 'ssm.documents': [{ document: doc('Patch-Fleet'), sharing: shared('210987654321', '345678901234') }] });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toBe('SSM document Patch-Fleet is not public (shared only with accounts 210987654321, 345678901234).');
  });

  it('fails a document shared with all', () => {
    const findings = evaluate(check, { 'ssm.documents': [{ document: doc('Bootstrap'), sharing: shared('all') }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'Bootstrap']]);
    expect(findings[0]!.message).toContain('is public: its Share permission includes "all"');
  });

  it('near miss: "All" in another case is still public', () => {
    expect(verdicts(evaluate(check, { 'ssm.documents': [{ document: doc('Bootstrap'), sharing: shared('210987654321', 'All') }] }))).toEqual([['FAIL', 'Bootstrap']]);
  });

  it('reports ERROR for a document whose permission cannot be read', () => {
    const findings = evaluate(check, { 'ssm.documents': [{ document: doc('Hidden'), sharing: failed(awsError('AccessDeniedException', 'ssm:DescribeDocumentPermission')) }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'Hidden']]);
  });

  it('reports ERROR for the region when the documents cannot be listed', async () => {
    const findings = await run(check, { 'ssm.documents': awsError('AccessDeniedException', 'ssm:ListDocuments') });
    expect(findings.map((f) => [f.status, f.region])).toEqual([['ERROR', 'us-east-1']]);
  });
});
