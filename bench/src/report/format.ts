/** Figures as a reader scans them: whole numbers with separators, small ones with 3 digits. */
export function formatFigure(value: number | null): string {
  if (value === null) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '—' : `${ratio >= 10 ? ratio.toFixed(0) : ratio.toPrecision(2)}×`;
}
