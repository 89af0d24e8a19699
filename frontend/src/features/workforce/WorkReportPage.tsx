import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { formatNumber } from '../../lib/format';
import { QueryView } from '../../ui/states';
import { fetchWorkReport, hoursMinutes, PRESENCE_STATES, type WorkReport, workReportPath } from './api';
import './workforce.css';

/** Supervisors and admins: one day of each agent's work, time per state, contacts resolved and handle time; as CSV too. */
export function WorkReportPage() {
  const { t } = useTranslation('workforce');
  const { me } = useSession();
  const [day, setDay] = useState('');
  const report = useQuery({ queryKey: ['workforce', 'work-report', day], queryFn: () => fetchWorkReport(day),
    enabled: includes(me.role, 'SUPERVISOR'), retry: false });
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('page.forbidden')}</p>;
  return (
    <div className="workforce-page">
      <h1>{t('report.title')}</h1>
      <p className="muted">{t('report.intro')}</p>
      <div className="wf-inline">
        <label className="wf-field"><span>{t('report.day')}</span>
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
      </div>
      <QueryView query={report}>{(loaded) => <WorkReportTable report={loaded} />}</QueryView>
    </div>
  );
}

function WorkReportTable({ report }: { report: WorkReport }) {
  const { t } = useTranslation(['workforce', 'presence']);
  return (
    <section aria-labelledby="wf-report" className="wf-forecast">
      <h2 id="wf-report">{t('report.of', { day: report.day })}</h2>
      <p><a href={workReportPath(report.day, true)} download>{t('report.csv')}</a></p>
      {report.agents.length === 0 ? <p>{t('report.none')}</p> : (
        <div className="wf-scroll">
          <table className="wf-backtest wf-report" data-testid="work-report">
            <caption>{t('report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.agent')}</th>
                {PRESENCE_STATES.map((state) => <th scope="col" key={state}>{t(`presence:status.${state}`)}</th>)}
                <th scope="col">{t('report.loggedIn')}</th>
                <th scope="col">{t('report.contacts')}</th>
                <th scope="col">{t('report.averageHandle')}</th>
              </tr>
            </thead>
            <tbody>
              {report.agents.map((row) => (
                <tr key={row.userId}>
                  <th scope="row">{row.displayName}</th>
                  {PRESENCE_STATES.map((state) => <td key={state}>{hoursMinutes(row.secondsInState[state] ?? 0)}</td>)}
                  <td>{hoursMinutes(row.loggedInSeconds)}</td>
                  <td>{row.contactsHandled}</td>
                  <td>{row.averageHandleSeconds === null ? '–' : t('result.seconds', { value: formatNumber(Math.round(row.averageHandleSeconds)) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">{t('report.definition')}</p>
    </section>
  );
}
