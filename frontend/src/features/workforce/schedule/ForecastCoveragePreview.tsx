import { useTranslation } from 'react-i18next';
import { coverageByDay, type ForecastCoverage } from './api';

/** What the forecast asks of a schedule before it is queued: per day the most agents needed at once and the agent-hours. */
export function ForecastCoveragePreview({ coverage }: { coverage: ForecastCoverage[] }) {
  const { t, i18n } = useTranslation('schedule');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <section className="schedule-forecast-preview" aria-label={t('preview.label')}>
      {coverage.map(({ queueId, used }) => used && (
        <div key={queueId}>
          <p data-testid="forecast-basis">
            {t('preview.basis', {
              method: t(`preview.method.${used.method}`), skill: used.skill === '*' ? t('preview.anySkill') : used.skill,
              handle: used.averageHandleSeconds === null ? '–' : number.format(used.averageHandleSeconds),
              source: t(`preview.handle.${used.handleTimeSource}`),
            })}
          </p>
          {used.requirements.length === 0 ? <p>{t('preview.none')}</p> : (
            <table className="wf-backtest" aria-label={t('preview.label')}>
              <thead>
                <tr><th scope="col">{t('preview.day')}</th><th scope="col">{t('preview.peak')}</th><th scope="col">{t('preview.agentHours')}</th></tr>
              </thead>
              <tbody>
                {coverageByDay(used.requirements).map((day) => (
                  <tr key={day.day}><th scope="row">{day.day}</th><td>{day.peak}</td><td>{number.format(day.agentHours)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}
