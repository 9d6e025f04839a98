/**
 * CSV in the dialect spreadsheets open without asking: comma-separated, CRLF line ends,
 * fields quoted when needed. A field a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) gets a leading apostrophe, since nicknames are typed by anyone.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
