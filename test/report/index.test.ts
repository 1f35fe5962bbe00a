import { describe, expect, test } from 'vitest';
import { checkMetaMap, formatJson, formatSarif, formatTable, isReportFormat, render, REPORT_FORMATS } from '../../src/report/index.js';
import { CHECK_META, META, makeReport } from './fixture.js';

describe('render', () => {
  test('the formats are a closed set', () => {
    expect(REPORT_FORMATS).toEqual(['table', 'json', 'sarif']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('html')).toBe(false);
  });

  test('dispatches to each reporter with its options', () => {
    const report = makeReport();
    expect(render('table', report, META, { color: false, showPassed: true, width: 100 })).toBe(
      formatTable(report, META, { color: false, showPassed: true, width: 100 }),
    );
    expect(render('table', report, META)).toBe(formatTable(report, META, { color: false }));
    expect(render('json', report, META, { color: true })).toBe(formatJson(report, META));
    expect(render('sarif', report, META, { category: 'x/y' })).toBe(formatSarif(report, META, { category: 'x/y' }));
  });

  test('checkMetaMap keys metadata by check id', () => {
    const map = checkMetaMap(CHECK_META);
    expect([...map.keys()]).toEqual(CHECK_META.map((m) => m.id));
    expect(render('json', makeReport(), map)).toBe(formatJson(makeReport(), META));
  });
});
