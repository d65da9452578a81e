import { higherIsBetter, ratioOf, ResultRow } from '../benchmark';
import { formatRatio } from './format';

// A bar per line of the table: its ratio to the raw limit on a log scale centred on 1×, so that
// a hundred times slower and a hundred times faster take the same room.
const WIDTH = 1100;
const LABEL_WIDTH = 580;
const PLOT_WIDTH = 440; // the ratios stand in a column right of the plot
const ROW_HEIGHT = 24;
const TOP = 84;
const DECADES = [-2, -1, 0, 1, 2];
const DECADE_LABELS = ['0.01×', '0.1×', '1×', '10×', '100×'];
const SHORT = '#c8793d';
const AT_OR_BEYOND = '#4c9a6a';

const x = (log10: number) => LABEL_WIDTH + ((log10 - DECADES[0]!) / (DECADES[DECADES.length - 1]! - DECADES[0]!)) * PLOT_WIDTH;
const clampLog = (ratio: number) => Math.min(Math.max(Math.log10(ratio), DECADES[0]!), DECADES[DECADES.length - 1]!);

export function renderChart(rows: readonly ResultRow[], title: string, subtitle: string): string {
  const height = TOP + rows.length * ROW_HEIGHT + 28;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="12" y="22" font-size="16" font-weight="bold">${escape(title)}</text>`,
    `<text x="12" y="42" fill="#555">${escape(subtitle)}</text>`,
    `<text x="12" y="62" fill="#555">bar: our figure ÷ the raw limit measured in the same run; <tspan fill="${AT_OR_BEYOND}">■</tspan> at or beyond the limit, <tspan fill="${SHORT}">■</tspan> short of it</text>`,
    ...axis(height),
    ...rows.map((row, index) => bar(row, TOP + index * ROW_HEIGHT)),
    '</svg>',
    '',
  ].join('\n');
}

function axis(height: number): string[] {
  return DECADES.map((decade, index) => {
    const at = x(decade).toFixed(1);
    const stroke = decade === 0 ? '#333' : '#ddd';
    return (
      `<line x1="${at}" y1="${TOP - 8}" x2="${at}" y2="${height - 24}" stroke="${stroke}"/>` +
      `<text x="${at}" y="${height - 8}" text-anchor="middle" fill="#555">${DECADE_LABELS[index]}</text>`
    );
  });
}

function bar(row: ResultRow, top: number): string {
  const label = `<text x="${LABEL_WIDTH - 8}" y="${top + 15}" text-anchor="end">${escape(`${row.benchmark} — ${row.measure}`)}</text>`;
  const ratio = ratioOf(row);
  if (ratio === null || ratio <= 0) {
    return `${label}<text x="${x(0) + 6}" y="${top + 15}" fill="#999">${escape(row.note ?? 'not measured')}</text>`;
  }
  const from = x(0);
  const to = x(clampLog(ratio));
  const left = Math.min(from, to);
  const atOrBeyond = higherIsBetter(row) ? ratio >= 1 : ratio <= 1;
  const fill = atOrBeyond ? AT_OR_BEYOND : SHORT;
  return (
    `${label}<rect x="${left.toFixed(1)}" y="${top + 4}" width="${Math.max(Math.abs(to - from), 1).toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${fill}"/>` +
    `<text x="${LABEL_WIDTH + PLOT_WIDTH + 10}" y="${top + 15}">${formatRatio(ratio)}</text>`
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
