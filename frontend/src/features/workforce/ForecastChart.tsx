import { formatDateTime, formatNumber } from '../../lib/format';

export interface ChartLine {
  label: string;
  values: (number | null)[];
  className: string;
}

const WIDTH = 960;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * A week (or a day) of intervals as lines in one SVG (no chart library: a few polylines, day ticks and a value axis). Each line
 * is named in the legend; values are drawn against the same scale.
 */
export function ForecastChart({ title, starts, lines, testId, span = 'week' }:
  { title: string; starts: string[]; lines: ChartLine[]; testId: string; span?: 'week' | 'day' }) {
  const max = Math.max(1, ...lines.flatMap((line) => line.values.filter((v): v is number => v !== null)));
  const x = (i: number) => PAD.left + (i / Math.max(1, starts.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom);
  // A week is marked at each day's start, a day every three hours.
  const every = span === 'week' ? Math.max(1, Math.round(starts.length / 7)) : Math.max(1, Math.round(starts.length / 8));
  const label: Intl.DateTimeFormatOptions = span === 'week' ? { weekday: 'short', day: 'numeric' } : { hour: 'numeric', minute: '2-digit' };
  const dayTicks = starts.map((start, i) => ({ start, i })).filter(({ i }) => i % every === 0);
  return (
    <figure className="wf-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * share)} y2={y(max * share)} className="wf-grid" />
            <text x={PAD.left - 6} y={y(max * share) + 4} textAnchor="end" className="wf-axis">{formatNumber(max * share, { maximumFractionDigits: 1 })}</text>
          </g>
        ))}
        {dayTicks.map(({ start, i }) => (
          <g key={start}>
            <line x1={x(i)} x2={x(i)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className="wf-grid" />
            <text x={x(i) + 4} y={HEIGHT - 10} className="wf-axis">{formatDateTime(start, label)}</text>
          </g>
        ))}
        {lines.map((line) => (
          <polyline key={line.label} className={line.className} fill="none"
                    points={line.values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter(Boolean).join(' ')} />
        ))}
      </svg>
      <ul className="wf-legend">
        {lines.map((line) => <li key={line.label}><span className={`wf-swatch ${line.className}`} />{line.label}</li>)}
      </ul>
    </figure>
  );
}
