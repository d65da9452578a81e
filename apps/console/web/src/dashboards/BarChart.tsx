import { useId } from 'react';
import { useI18n } from '../i18n/i18n';

export interface Series {
  readonly key: string;
  readonly label: string;
}

interface Props {
  readonly title: string;
  readonly series: readonly Series[];
  readonly bars: readonly { readonly label: string; readonly values: object }[];
}

const ROW = 28;
/** A series' number in a row of the API's answer; anything else counts as nothing. */
function valueOf(values: object, key: string): number {
  const value: unknown = (values as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : 0;
}
/** A texture per series, drawn over its colour: none, hatched, crossed, dotted, barred. */
const TEXTURES = ['', 'M0 8 L8 0', 'M0 0 L8 8 M0 8 L8 0', 'M3 3 h2 v2 h-2 z', 'M0 4 H8'];

function Swatch({
  index,
  texture,
  x,
  y,
  width,
  height,
}: {
  index: number;
  texture: string;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  return (
    <>
      <rect x={x} y={y} width={width} height={height} className={`series-${index}`} />
      {TEXTURES[index % TEXTURES.length] && (
        <rect x={x} y={y} width={width} height={height} fill={`url(#${texture}-${index % TEXTURES.length})`} />
      )}
    </>
  );
}

function Textures({ id }: { id: string }) {
  return (
    <defs>
      {TEXTURES.map((path, index) => (
        <pattern key={index} id={`${id}-${index}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <path d={path} stroke="#fff" strokeWidth="1.5" fill="#fff" />
        </pattern>
      ))}
    </defs>
  );
}
const LABEL = 300;
const WIDTH = 760;

/**
 * Horizontal stacked bars in SVG, no chart library: each series has its own texture as well as
 * its colour, and each segment its number, so nothing is told by colour alone. The table beside
 * it carries the same figures for screen readers.
 */
export function BarChart({ title, series, bars }: Props) {
  const { locale } = useI18n();
  const texture = useId().replace(/:/g, '');
  const largest = Math.max(1, ...bars.map((bar) => series.reduce((sum, s) => sum + valueOf(bar.values, s.key), 0)));
  const scale = (WIDTH - LABEL - 10) / largest;
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul className="legend" aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.key}>
            <svg width="16" height="16">
              <Swatch index={index} texture={texture} x={0} y={0} width={16} height={16} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`} width="100%" aria-hidden="true" focusable="false">
        <Textures id={texture} />
        {bars.map((bar, row) => {
          let x = LABEL;
          return (
            <g key={bar.label} transform={`translate(0 ${row * ROW})`}>
              <text x={LABEL - 6} y={ROW / 2 + 4} textAnchor="end" className="bar-label">
                {bar.label}
              </text>
              {series.map((s, index) => {
                const value = valueOf(bar.values, s.key);
                const width = value * scale;
                const segment = (
                  <g key={s.key}>
                    <Swatch index={index} texture={texture} x={x} y={3} width={width} height={ROW - 6} />
                    {width > 18 && (
                      <text x={x + width / 2} y={ROW / 2 + 4} textAnchor="middle" className="bar-value">
                        {n(value)}
                      </text>
                    )}
                  </g>
                );
                x += width;
                return segment;
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
