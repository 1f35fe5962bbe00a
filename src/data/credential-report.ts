/** One row of the IAM credential report; every value is the report's own string. */
export type CredentialRow = Record<string, string> & { user: string; arn: string };

export interface CredentialReport {
  generatedTime?: string;
  /** The `<root_account>` row, kept apart so it is never mistaken for an IAM user. */
  root?: CredentialRow;
  users: CredentialRow[];
}

export const ROOT_ROW_USER = '<root_account>';

/** Splits CSV text into rows of fields, honouring double-quoted fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** The report's CSV text: bytes as the SDK gives them, CSV text, or base64 text as the API carries it. */
function reportText(content: Uint8Array | string): string {
  if (typeof content !== 'string') return Buffer.from(content).toString('utf8');
  const compact = content.replace(/\s+/g, '');
  return compact !== '' && !content.includes(',') && /^[A-Za-z0-9+/]+={0,2}$/.test(compact) ? Buffer.from(compact, 'base64').toString('utf8') : content;
}

/** When the report was generated, as ISO text; undefined when the answer gave no readable time. */
function generationTime(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = value instanceof Date ? value : new Date(value);
  return Number.isNaN(time.getTime()) ? (typeof value === 'string' && value ? value : undefined) : time.toISOString();
}

export function parseCredentialReport(content: Uint8Array | string, generatedTime?: Date | string): CredentialReport {
  const [rawHeader, ...body] = parseCsv(reportText(content));
  // Column names as AWS writes them; a byte order mark or stray spaces must not hide `user`.
  const header = rawHeader?.map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase());
  if (!header || !header.includes('user') || !header.includes('arn')) throw new Error('The credential report has no header row');
  // A row shorter than the header leaves its last fields out: unknown, not empty.
  const rows = body.map((fields) => Object.fromEntries(header.flatMap((name, i) => (i < fields.length ? [[name, fields[i]!]] : []))) as CredentialRow);
  const when = generationTime(generatedTime);
  return {
    ...(when ? { generatedTime: when } : {}),
    root: rows.find((r) => r.user === ROOT_ROW_USER),
    users: rows.filter((r) => r.user !== ROOT_ROW_USER),
  };
}
