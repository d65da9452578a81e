/** A table as CSV (RFC 4180): the API's own field names as headers, raw values, for spreadsheets. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, string | number | null>>[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(cell).join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}
