import { useTranslation } from 'react-i18next';
import { coverageSeries, type CoverageLine } from './api';

/** Required agents as grey bars and scheduled agents as a line, one point per quarter hour with a requirement. */
export function CoverageChart({ lines }: { lines: CoverageLine[] }) {
  const { t } = useTranslation('schedule');
  const series = coverageSeries(lines);
  if (series.length === 0) return <p className="muted">{t('coverage.none')}</p>;
  const width = 900;
  const height = 160;
  const top = Math.max(1, ...series.map((point) => Math.max(point.required, point.scheduled)));
  const step = width / series.length;
  const y = (value: number) => height - (value / top) * (height - 10);
  const short = series.filter((point) => point.scheduled < point.required).length;
  const path = series.map((point, i) => `${i === 0 ? 'M' : 'L'}${(i + 0.5) * step},${y(point.scheduled)}`).join(' ');
  return (
    <figure className="schedule-coverage">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('coverage.label', { short, total: series.length })}>
        {series.map((point, i) => (
          <rect key={point.start} x={i * step} y={y(point.required)} width={Math.max(step - 0.5, 0.5)} height={height - y(point.required)}
                className={point.scheduled < point.required ? 'required short' : 'required'} />
        ))}
        <path d={path} className="scheduled" fill="none" />
      </svg>
      <figcaption className="muted">
        <span className="legend required" /> {t('coverage.required')} <span className="legend scheduled" /> {t('coverage.scheduled')}
        {' · '}{t('coverage.short', { count: short })}
      </figcaption>
    </figure>
  );
}
