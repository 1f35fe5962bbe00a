import { describe, expect, test } from 'vitest';
import {
  checkMetaMap,
  formatCsv,
  formatHtml,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatSarif,
  formatTable,
  isReportFormat,
  render,
  REPORT_FORMATS,
} from '../../src/report/index.js';
import { CHECK_META, META, makeReport } from './fixture.js';

describe('render', () => {
  test('the formats are a closed set', () => {
    expect(REPORT_FORMATS).toEqual(['table', 'json', 'sarif', 'junit', 'markdown', 'csv', 'html']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('html')).toBe(true);
    expect(isReportFormat('pdf')).toBe(false);
  });

  test('dispatches to each reporter with its options', () => {
    const report = makeReport();
    expect(render('table', report, META, { color: false, showPassed: true, width: 100 })).toBe(
      formatTable(report, META, { color: false, showPassed: true, width: 100 }),
    );
    expect(render('table', report, META)).toBe(formatTable(report, META, { color: false }));
    expect(render('json', report, META, { color: true })).toBe(formatJson(report, META));
    expect(render('sarif', report, META, { category: 'x/y' })).toBe(formatSarif(report, META, { category: 'x/y' }));
    expect(render('sarif', report, META, { includeSuppressed: true })).toBe(formatSarif(report, META, { includeSuppressed: true }));
    expect(render('junit', report, META)).toBe(formatJunit(report, META));
    expect(render('markdown', report, META)).toBe(formatMarkdown(report, META));
    expect(render('markdown', report, META, { maxBytes: 10_000 })).toBe(formatMarkdown(report, META, { maxBytes: 10_000 }));
    expect(render('csv', report, META)).toBe(formatCsv(report, META));
    expect(render('html', report, META, { color: true })).toBe(formatHtml(report, META));
  });

  test('every format renders a report without metadata, and a report without findings', () => {
    for (const format of REPORT_FORMATS) {
      expect(render(format, makeReport(), new Map()).length, format).toBeGreaterThan(0);
      expect(render(format, makeReport({ findings: [], notes: [] }), META).length, format).toBeGreaterThan(0);
    }
  });

  test('checkMetaMap keys metadata by check id', () => {
    const map = checkMetaMap(CHECK_META);
    expect([...map.keys()]).toEqual(CHECK_META.map((m) => m.id));
    expect(render('json', makeReport(), map)).toBe(formatJson(makeReport(), META));
  });
});
