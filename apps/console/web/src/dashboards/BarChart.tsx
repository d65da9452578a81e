import { useId } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * How a series is drawn. Only what went wrong is alarming: `bad` is red; `neutral` (what is still
 * under way, neither good nor bad yet) is a pale fill with an outline.
 */
export type Tone = 'ok' | 'warn' | 'bad' | 'brand' | 'muted' | 'neutral';

export interface Series {
  readonly key: string;
  readonly label: string;
  /** By default, the series' place picks it: ok, warn, bad, brand, muted. */
  readonly tone?: Tone;
}

export interface Bar {
  readonly label: string;
  /** Bars of one group follow each other under its name (a standard, its months as labels). */
  readonly group?: string;
  readonly values: object;
}

interface Props {
  readonly title: string;
  readonly series: readonly Series[];
  readonly bars: readonly Bar[];
}

const ROW = 28;
const HEADING = 24;
const WIDTH = 1000;
const BY_PLACE: readonly Tone[] = ['ok', 'warn', 'bad', 'brand', 'muted'];
/** A texture per tone, drawn over its colour, so that no series is told by colour alone. */
const TEXTURES: Readonly<Record<Tone, string>> = {
  ok: '',
  warn: 'M0 8 L8 0',
  bad: 'M0 0 L8 8 M0 8 L8 0',
  brand: 'M3 3 h2 v2 h-2 z',
  muted: 'M0 4 H8',
  neutral: 'M1 1 h2 v2 h-2 z M5 5 h2 v2 h-2 z',
};

const toneOf = (series: Series, index: number): Tone => series.tone ?? BY_PLACE[index % BY_PLACE.length] ?? 'ok';

/** A series' number in a row of the API's answer; anything else counts as nothing. */
function valueOf(values: object, key: string): number {
  const value: unknown = (values as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : 0;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function Swatch({ tone, texture, box }: { tone: Tone; texture: string; box: Box }) {
  return (
    <>
      <rect {...box} className={`tone tone-${tone}`} />
      {TEXTURES[tone] && <rect {...box} fill={`url(#${texture}-${tone})`} />}
    </>
  );
}

function Textures({ id }: { id: string }) {
  return (
    <defs>
      {Object.entries(TEXTURES).map(([tone, path]) => (
        <pattern key={tone} id={`${id}-${tone}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <path d={path} className={`texture texture-${tone}`} strokeWidth="1.5" />
        </pattern>
      ))}
    </defs>
  );
}

type Line =
  { readonly kind: 'heading'; readonly text: string; readonly y: number } | { readonly kind: 'bar'; readonly bar: Bar; readonly y: number };

/** The chart's lines from the top: a group's name before its first bar, then a line per bar. */
function linesOf(bars: readonly Bar[]): { lines: Line[]; height: number } {
  const lines: Line[] = [];
  let y = 0;
  bars.forEach((bar, index) => {
    if (bar.group !== undefined && bar.group !== bars[index - 1]?.group) {
      lines.push({ kind: 'heading', text: bar.group, y });
      y += HEADING;
    }
    lines.push({ kind: 'bar', bar, y });
    y += ROW;
  });
  return { lines, height: y };
}

/**
 * Horizontal stacked bars in SVG, no chart library: each series has its own texture as well as
 * its colour, and each segment its number, so nothing is told by colour alone. Grouped bars sit
 * under their group's name (a standard's title is too long to sit beside each month's bar). The
 * table beside it carries the same figures for screen readers.
 */
export function BarChart({ title, series, bars }: Props) {
  const { locale } = useI18n();
  const texture = useId().replace(/:/g, '');
  const label = bars.some((bar) => bar.group !== undefined) ? 90 : 300;
  const largest = Math.max(1, ...bars.map((bar) => series.reduce((sum, s) => sum + valueOf(bar.values, s.key), 0)));
  const scale = (WIDTH - label - 10) / largest;
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { lines, height } = linesOf(bars);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul className="legend" aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.key} data-series={s.key} data-tone={toneOf(s, index)}>
            <svg width="16" height="16">
              <Swatch tone={toneOf(s, index)} texture={texture} box={{ x: 0, y: 0, width: 16, height: 16 }} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height + 4}`} width="100%" aria-hidden="true" focusable="false">
        <Textures id={texture} />
        {lines.map((line) =>
          line.kind === 'heading' ? (
            <text key={`${line.text}/heading`} x={0} y={line.y + HEADING - 7} className="bar-group">
              {line.text}
            </text>
          ) : (
            <g key={`${line.bar.group ?? ''}/${line.bar.label}`} transform={`translate(0 ${line.y})`}>
              <text x={label - 6} y={ROW / 2 + 4} textAnchor="end" className="bar-label">
                {line.bar.label}
              </text>
              {segmentsOf(line.bar, series, scale, label).map(({ s, index, x, width, value }) => (
                <g key={s.key} data-series={s.key} data-tone={toneOf(s, index)}>
                  <Swatch tone={toneOf(s, index)} texture={texture} box={{ x, y: 3, width, height: ROW - 6 }} />
                  {width > 18 && (
                    <text x={x + width / 2} y={ROW / 2 + 4} textAnchor="middle" className="bar-value">
                      {n(value)}
                    </text>
                  )}
                </g>
              ))}
            </g>
          ),
        )}
      </svg>
    </figure>
  );
}

/** Where each series' segment of a bar starts and how wide it is, left to right. */
function segmentsOf(bar: Bar, series: readonly Series[], scale: number, start: number) {
  let x = start;
  return series.map((s, index) => {
    const value = valueOf(bar.values, s.key);
    const segment = { s, index, x, width: value * scale, value };
    x += segment.width;
    return segment;
  });
}
