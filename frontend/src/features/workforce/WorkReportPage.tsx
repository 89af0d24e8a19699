import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { formatNumber, formatTime } from '../../lib/format';
import { QueryView } from '../../ui/states';
import {
  type AdherenceReport, fetchAdherence, fetchWorkReport, hoursMinutes, percent, PRESENCE_STATES, type WorkReport, workReportPath,
} from './api';
import './workforce.css';

/** Supervisors and admins: one day of each agent's work, time per state, contacts resolved and handle time; as CSV too. */
export function WorkReportPage() {
  const { t } = useTranslation('workforce');
  const { me } = useSession();
  const [day, setDay] = useState('');
  const report = useQuery({ queryKey: ['workforce', 'work-report', day], queryFn: () => fetchWorkReport(day),
    enabled: includes(me.role, 'SUPERVISOR'), retry: false });
  const adherence = useQuery({ queryKey: ['workforce', 'adherence', day], queryFn: () => fetchAdherence(day),
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
      <QueryView query={report}>{(loaded) => <WorkReportTable report={loaded} adherence={adherence.data} />}</QueryView>
      <QueryView query={adherence}>{(loaded) => <AdherenceSection report={loaded} />}</QueryView>
    </div>
  );
}

function WorkReportTable({ report, adherence }: { report: WorkReport; adherence: AdherenceReport | undefined }) {
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
                <th scope="col">{t('adherence.adherence')}</th>
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
                  <td>{percent(adherence?.agents.find((a) => a.userId === row.userId)?.adherence ?? null)}</td>
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

/** Each scheduled agent's adherence and conformance, and the stretches out of adherence. */
function AdherenceSection({ report }: { report: AdherenceReport }) {
  const { t } = useTranslation(['workforce', 'presence']);
  const exceptions = report.agents.flatMap((agent) => agent.exceptions.map((e) => ({ ...e, agent: agent.displayName })));
  return (
    <section aria-labelledby="wf-adherence" className="wf-forecast">
      <h2 id="wf-adherence">{t('adherence.title', { day: report.day })}</h2>
      <p className="muted">{t('adherence.intro')}</p>
      {report.agents.length === 0 ? <p>{t('adherence.none')}</p> : (
        <>
          <p data-testid="adherence-total">{t('adherence.total', { adherence: percent(report.total.adherence),
            conformance: percent(report.total.conformance), agents: report.total.agents })}</p>
          <div className="wf-scroll">
            <table className="wf-backtest wf-report" data-testid="adherence">
              <caption>{t('adherence.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.agent')}</th>
                  <th scope="col">{t('adherence.shift')}</th>
                  <th scope="col">{t('adherence.adherence')}</th>
                  <th scope="col">{t('adherence.conformance')}</th>
                  <th scope="col">{t('adherence.exceptions')}</th>
                </tr>
              </thead>
              <tbody>
                {report.agents.map((agent) => (
                  <tr key={agent.userId}>
                    <th scope="row">{agent.displayName}</th>
                    <td>{formatTime(agent.shiftStart)}–{formatTime(agent.shiftEnd)}</td>
                    <td>{percent(agent.adherence)}</td>
                    <td>{percent(agent.conformance)}</td>
                    <td>{agent.exceptions.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {exceptions.length > 0 && (
            <table className="wf-backtest" data-testid="adherence-exceptions">
              <caption>{t('adherence.exceptionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.agent')}</th>
                  <th scope="col">{t('adherence.when')}</th>
                  <th scope="col">{t('adherence.scheduled')}</th>
                  <th scope="col">{t('adherence.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {exceptions.map((e) => (
                  <tr key={`${e.agent}-${e.from}`}>
                    <th scope="row">{e.agent}</th>
                    <td>{formatTime(e.from)}–{formatTime(e.to)}</td>
                    <td>{t(`adherence.kind.${e.scheduled}`)}</td>
                    <td>{t(`presence:status.${e.actual}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
