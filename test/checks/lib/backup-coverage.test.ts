import { describe, expect, it } from 'vitest';
import { backupCoverage, conditionHolds, tagMap, type BackupSubject, type Tags } from '../../../src/checks/lib/backup-coverage.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError } from '../../helpers/check-harness.js';
import { cond, OPTED_IN, plan, selection, tagEquals } from '../../fixtures/backup.js';

const FS = 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0a1b2c3d4e5f60001';
const VOLUME = 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0a1b2c3d4e5f60001';
const subject = (tags: Tags | Fetched<Tags> | undefined = {}, arn = FS, type: BackupSubject['type'] = 'EFS'): BackupSubject => ({
  arn,
  type,
  tags: tags === undefined ? undefined : 'ok' in tags && typeof tags.ok === 'boolean' ? (tags as Fetched<Tags>) : { ok: true, value: tags as Tags },
});

describe('tagMap', () => {
  it('reads [{Key, Value}] as AWS returns tags, keeping an empty value', () => {
    expect(tagMap([{ Key: 'backup', Value: 'true' }, { Key: 'Name', Value: '' }, { Value: 'orphan' }])).toEqual({ backup: 'true', Name: '' });
    expect(tagMap(undefined)).toEqual({});
  });
});

describe('conditionHolds', () => {
  const tags = { backup: 'daily', stage: 'prod' };
  it.each([
    ['StringEquals', 'backup', 'daily', true],
    ['StringEquals', 'backup', 'Daily', false],
    ['StringEquals', 'missing', 'daily', false],
    ['StringLike', 'backup', 'da*', true],
    ['StringLike', 'backup', '*il?', true],
    ['StringLike', 'missing', '*', false],
    ['StringNotEquals', 'stage', 'prod', false],
    ['StringNotEquals', 'stage', 'dev', true],
    ['StringNotEquals', 'missing', 'prod', true],
    ['StringNotLike', 'stage', 'pr*', false],
    ['StringNotLike', 'missing', 'pr*', true],
  ] as const)('%s %s %s is %s', (operator, key, value, expected) => {
    expect(conditionHolds({ operator, key, value }, tags)).toBe(expected);
  });
});

describe('backupCoverage', () => {
  it('covers a resource named by ARN, by wildcard ARN and by "*"', () => {
    for (const resources of [[FS], ['arn:aws:elasticfilesystem:*:*:file-system/*'], ['*']]) {
      const coverage = backupCoverage(subject(), [plan('daily', [selection('files', { Resources: resources })])], OPTED_IN);
      expect(coverage).toEqual({ state: 'covered', by: [{ plan: 'daily', selection: 'files' }] });
    }
  });

  it('covers everything with a selection that names neither Resources nor ListOfTags', () => {
    expect(backupCoverage(subject(), [plan('all', [selection('everything')])], OPTED_IN).state).toBe('covered');
  });

  it('near miss: a selection of another resource type does not cover, and the message does not blame it', () => {
    const coverage = backupCoverage(subject(), [plan('volumes', [selection('ebs', { Resources: ['arn:aws:ec2:*:*:volume/*'] })])], OPTED_IN);
    expect(coverage).toEqual({ state: 'not-covered', reason: 'the region\'s only backup plan, "volumes", does not select it (1 resource assignment read)' });
  });

  it('near miss: NotResources excludes what Resources includes', () => {
    const coverage = backupCoverage(subject(), [plan('all', [selection('all-but-efs', { Resources: ['*'], NotResources: ['arn:aws:elasticfilesystem:*:*:file-system/*'] })])], OPTED_IN);
    expect(coverage.state).toBe('not-covered');
    expect(coverage.state === 'not-covered' && coverage.reason).toContain('backup plan "all" (selection "all-but-efs") could select it, but NotResources excludes it');
  });

  it('reads ListOfTags as an OR of STRINGEQUALS, with or without the aws:ResourceTag/ prefix', () => {
    const byTags = plan('tagged', [selection('by-tag', { ListOfTags: [tagEquals('backup', 'daily'), tagEquals('aws:ResourceTag/tier', 'gold')] })]);
    expect(backupCoverage(subject({ tier: 'gold' }), [byTags], OPTED_IN).state).toBe('covered');
    expect(backupCoverage(subject({ backup: 'daily' }), [byTags], OPTED_IN).state).toBe('covered');
    const miss = backupCoverage(subject({ backup: 'weekly' }), [byTags], OPTED_IN);
    expect(miss.state === 'not-covered' && miss.reason).toContain('it has none of the tags the selection asks for (backup=daily or tier=gold)');
  });

  it('near miss: tag values are case-sensitive', () => {
    const byTags = plan('tagged', [selection('by-tag', { ListOfTags: [tagEquals('backup', 'true')] })]);
    expect(backupCoverage(subject({ backup: 'True' }), [byTags], OPTED_IN).state).toBe('not-covered');
  });

  it('combines Resources and ListOfTags with OR', () => {
    const mixed = plan('mixed', [selection('volumes-or-tagged', { Resources: ['arn:aws:ec2:*:*:volume/*'], ListOfTags: [tagEquals('backup', 'yes')] })]);
    expect(backupCoverage(subject({ backup: 'yes' }), [mixed], OPTED_IN).state).toBe('covered');
    expect(backupCoverage(subject({}, VOLUME, 'EBS'), [mixed], OPTED_IN).state).toBe('covered');
    expect(backupCoverage(subject({ backup: 'no' }), [mixed], OPTED_IN).state).toBe('not-covered');
  });

  it('requires every entry of Conditions (AND), and names the unmet ones', () => {
    const prod = plan('prod', [
      selection('prod-files', { Resources: ['*'], Conditions: { StringEquals: [cond('backup', 'true')], StringLike: [cond('stage', 'prod*')], StringNotEquals: [cond('scratch', 'yes')] } }),
    ]);
    expect(backupCoverage(subject({ backup: 'true', stage: 'production' }), [prod], OPTED_IN).state).toBe('covered');
    const miss = backupCoverage(subject({ backup: 'true', stage: 'dev', scratch: 'yes' }), [prod], OPTED_IN);
    expect(miss.state === 'not-covered' && miss.reason).toContain('it does not meet StringNotEquals aws:ResourceTag/scratch "yes" and StringLike aws:ResourceTag/stage "prod*"');
  });

  it('fails with the reason when the selection selects the resource but its type is not opted in', () => {
    const coverage = backupCoverage(subject(), [plan('daily', [selection('files', { Resources: ['*'] })])], { ok: true, value: { EFS: false, DynamoDB: true } });
    expect(coverage.state).toBe('not-covered');
    expect(coverage.state === 'not-covered' && coverage.reason).toBe(
      `backup plan "daily" (selection "files") selects it, but the region's AWS Backup opt-in for EFS is off (ResourceTypeOptInPreference), so the selection protects nothing`,
    );
  });

  it('is unknown when the opt-in setting could not be read or does not name the type, but only when a selection selects the resource', () => {
    const refused = { ok: false as const, error: awsError('AccessDeniedException', 'backup:DescribeRegionSettings') };
    const selecting = [plan('daily', [selection('files', { Resources: ['*'] })])];
    expect(backupCoverage(subject(), selecting, refused)).toMatchObject({ state: 'unknown', error: { action: 'backup:DescribeRegionSettings' } });
    expect(backupCoverage(subject(), selecting, { ok: true, value: { DynamoDB: true } }).state).toBe('unknown');
    expect(backupCoverage(subject(), [], refused)).toEqual({ state: 'not-covered', reason: 'the region has no AWS Backup plan' });
  });

  it('says the opt-in is off too when nothing selects the resource', () => {
    const coverage = backupCoverage(subject(), [], { ok: true, value: { EFS: false } });
    expect(coverage).toEqual({ state: 'not-covered', reason: "the region has no AWS Backup plan; besides, the region's AWS Backup opt-in for EFS is off" });
  });

  it('is unknown when a plan or selection that might cover the resource could not be read, unless another covers it', () => {
    const error = awsError('AccessDeniedException', 'backup:GetBackupSelection');
    const unreadable = plan('secret', [{ ok: false, error }]);
    expect(backupCoverage(subject(), [unreadable], OPTED_IN)).toMatchObject({ state: 'unknown', error: { action: 'backup:GetBackupSelection' } });
    const unlisted = plan('unlisted', { ok: false, error: awsError('AccessDeniedException', 'backup:ListBackupSelections') });
    expect(backupCoverage(subject(), [unlisted], OPTED_IN).state).toBe('unknown');
    const covering = plan('daily', [selection('files', { Resources: [FS] })]);
    expect(backupCoverage(subject(), [unreadable, covering], OPTED_IN).state).toBe('covered');
  });

  it('needs the tags only when a selection filters by them', () => {
    const refusedTags: Fetched<Tags> = { ok: false, error: awsError('AccessDeniedException', 'dynamodb:ListTagsOfResource') };
    const table = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders';
    const byArn = plan('tables', [selection('all-tables', { Resources: ['arn:aws:dynamodb:*:*:table/*'] })]);
    expect(backupCoverage(subject(refusedTags, table, 'DynamoDB'), [byArn], OPTED_IN).state).toBe('covered');
    expect(backupCoverage(subject(undefined, table, 'DynamoDB'), [byArn], OPTED_IN).state).toBe('covered');
    const byTag = plan('tagged', [selection('by-tag', { Resources: ['*'], Conditions: { StringEquals: [cond('backup', 'true')] } })]);
    expect(backupCoverage(subject(refusedTags, table, 'DynamoDB'), [byTag], OPTED_IN)).toMatchObject({ state: 'unknown', error: { action: 'dynamodb:ListTagsOfResource' } });
  });
});
