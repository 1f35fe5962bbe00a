import { describe, expect, it } from 'vitest';
import { managementEventGap, s3DataEventGap } from '../../../src/checks/lib/cloudtrail-event-selectors.js';

const basic = (...selectors: object[]) => ({ EventSelectors: selectors });
const advanced = (...selectors: Array<Array<Record<string, unknown>>>) => ({
  AdvancedEventSelectors: selectors.map((fields, i) => ({ Name: `selector ${i}`, FieldSelectors: fields as never })),
});
const field = (Field: string, op: 'Equals' | 'NotEquals' | 'StartsWith', ...values: string[]) => ({ Field, [op]: values });

describe('managementEventGap', () => {
  it('accepts a basic selector with all management events', () => {
    expect(managementEventGap(basic({ ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: [] }))).toBeUndefined();
  });

  it('accepts an advanced Management selector without readOnly or eventSource', () => {
    expect(managementEventGap(advanced([field('eventCategory', 'Equals', 'Management')]))).toBeUndefined();
  });

  it('adds selectors up: ReadOnly plus WriteOnly, or readOnly true plus false, cover all', () => {
    expect(
      managementEventGap(basic({ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }, { ReadWriteType: 'WriteOnly', IncludeManagementEvents: true })),
    ).toBeUndefined();
    expect(
      managementEventGap(
        advanced(
          [field('eventCategory', 'Equals', 'Management'), field('readOnly', 'Equals', 'true')],
          [field('eventCategory', 'Equals', 'Management'), field('readOnly', 'Equals', 'false')],
        ),
      ),
    ).toBeUndefined();
  });

  it('near miss: WriteOnly management events', () => {
    expect(managementEventGap(basic({ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }))).toBe('records only write management events');
    expect(managementEventGap(advanced([field('eventCategory', 'Equals', 'Management'), field('readOnly', 'Equals', 'false')]))).toBe(
      'records only write management events',
    );
  });

  it('near miss: KMS or RDS Data API events excluded, basic or advanced', () => {
    expect(
      managementEventGap(basic({ ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: ['kms.amazonaws.com'] })),
    ).toBe('excludes management events from kms.amazonaws.com');
    expect(
      managementEventGap(advanced([field('eventCategory', 'Equals', 'Management'), field('eventSource', 'NotEquals', 'rdsdata.amazonaws.com')])),
    ).toBe('excludes management events from rdsdata.amazonaws.com');
  });

  it('near miss: IncludeManagementEvents false, or only data selectors', () => {
    expect(managementEventGap(basic({ ReadWriteType: 'All', IncludeManagementEvents: false }))).toBe('records no management events');
    expect(managementEventGap(advanced([field('eventCategory', 'Equals', 'Data'), field('resources.type', 'Equals', 'AWS::S3::Object')]))).toBe(
      'records no management events',
    );
    expect(managementEventGap({})).toBe('records no management events');
  });
});

describe('s3DataEventGap', () => {
  const s3 = (ReadWriteType: string, ...values: string[]) => ({
    ReadWriteType,
    IncludeManagementEvents: true,
    DataResources: [{ Type: 'AWS::S3::Object', Values: values }],
  });

  it('accepts basic all-bucket values arn:aws:s3 and arn:aws:s3:::', () => {
    expect(s3DataEventGap(basic(s3('All', 'arn:aws:s3')), 'write')).toBeUndefined();
    expect(s3DataEventGap(basic(s3('All', 'arn:aws:s3:::')), 'read')).toBeUndefined();
  });

  it('judges ReadWriteType per access', () => {
    expect(s3DataEventGap(basic(s3('WriteOnly', 'arn:aws:s3')), 'write')).toBeUndefined();
    expect(s3DataEventGap(basic(s3('WriteOnly', 'arn:aws:s3')), 'read')).toBe('records no S3 object-level read events');
    expect(s3DataEventGap(basic(s3('ReadOnly', 'arn:aws:s3')), 'read')).toBeUndefined();
  });

  it('near miss: a list of named buckets does not count', () => {
    expect(s3DataEventGap(basic(s3('All', 'arn:aws:s3:::acme-data/', 'arn:aws:s3:::acme-logs/')), 'write')).toBe(
      'records S3 object-level write events only for 2 named buckets',
    );
  });

  it('accepts an advanced S3 object selector, with readOnly per access', () => {
    const all = [field('eventCategory', 'Equals', 'Data'), field('resources.type', 'Equals', 'AWS::S3::Object')];
    expect(s3DataEventGap(advanced(all), 'write')).toBeUndefined();
    expect(s3DataEventGap(advanced(all), 'read')).toBeUndefined();
    const writes = [...all, field('readOnly', 'Equals', 'false')];
    expect(s3DataEventGap(advanced(writes), 'write')).toBeUndefined();
    expect(s3DataEventGap(advanced(writes), 'read')).toBe('records no S3 object-level read events');
  });

  it('near miss: an advanced selector filtered on resources.ARN or eventName', () => {
    const byArn = [field('eventCategory', 'Equals', 'Data'), field('resources.type', 'Equals', 'AWS::S3::Object'), field('resources.ARN', 'StartsWith', 'arn:aws:s3:::acme-data/')];
    expect(s3DataEventGap(advanced(byArn), 'write')).toBe('records S3 object-level write events only where its resources.ARN filter matches');
    const byName = [field('eventCategory', 'Equals', 'Data'), field('resources.type', 'Equals', 'AWS::S3::Object'), field('eventName', 'Equals', 'PutObject')];
    expect(s3DataEventGap(advanced(byName), 'write')).toBe('records S3 object-level write events only where its eventName filter matches');
  });

  it('near miss: data events of another resource type', () => {
    const lambda = { ReadWriteType: 'All', DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }] };
    expect(s3DataEventGap(basic(lambda), 'write')).toBe('records no S3 object-level write events');
  });
});

describe('basic selectors with fields left out', () => {
  it('reads an omitted ReadWriteType as All and an omitted IncludeManagementEvents as true (the API defaults)', () => {
    expect(managementEventGap(basic({}))).toBeUndefined();
    expect(managementEventGap(basic({ IncludeManagementEvents: true }))).toBeUndefined();
    expect(s3DataEventGap(basic({ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }), 'read')).toBeUndefined();
  });

  it('reads ReadWriteType without regard to case', () => {
    expect(managementEventGap(basic({ ReadWriteType: 'WRITEONLY', IncludeManagementEvents: true }))).toBe('records only write management events');
  });
});
