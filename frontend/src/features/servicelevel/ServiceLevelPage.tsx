import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ProblemError } from '../../lib/http';
import { useLiveEvents } from '../../lib/live';
import { useNow } from '../../lib/useNow';
import { QueryView } from '../../ui/states';
import {
  ABANDON_TREATMENTS, type AbandonTreatment, atRisk, breaches, breachQuery, type ClockRow, formatSeconds, GROUPINGS,
  type Grouping, INTERVALS, type Interval, refreshesServiceLevel, type ReportForm, responseTimeQuery, responseTimes,
  type Rule, saveWorkspaceRule, serviceLevelQuery, serviceLevelReport, type ServiceLevelRow, today, workspaceRule,
} from './api';
import './serviceLevel.css';

const LIVE_KEY = ['service-level', 'live'];

/** Supervisors: today's service level per queue and channel, the clocks at risk, and reports with CSV export. */
export function ServiceLevelPage() {
  const { t } = useTranslation('serviceLevel');
  const { me } = useSession();
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('page.forbidden')}</p>;
  return (
    <div className="service-level-page">
      <h1>{t('page.title')}</h1>
      <TodaySection />
      <AtRiskSection />
      <ReportSection />
    </div>
  );
}

/**
 * Live: polled every 10 s, and at once after an SLA, offer or conversation event (another node's too). A burst of
 * events joins the fetch already under way instead of cancelling and restarting it: a cancelled request has still
 * made the server run the report, so restarting would run it once per event (what the joined fetch missed, the
 * next event or poll brings).
 */
function useLiveRefresh() {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (refreshesServiceLevel(event.type)) void queryClient.invalidateQueries({ queryKey: LIVE_KEY }, { cancelRefetch: false });
  });
}

function TodaySection() {
  const { t } = useTranslation('serviceLevel');
  useLiveRefresh();
  const data = useQuery({ queryKey: [...LIVE_KEY, 'today'], queryFn: today, refetchInterval: 10_000 });
  return (
    <section aria-labelledby="sl-today">
      <h2 id="sl-today">{t('today.title')}</h2>
      <QueryView query={data}>
        {(view) => (
          <>
            <p className="muted" data-testid="sl-rule">{ruleText(view.rule, t)}</p>
            <div className="sl-today">
              <TodayTable caption={t('today.byQueue')} rows={view.queues} testId="sl-today-queues" />
              <TodayTable caption={t('today.byChannel')} rows={view.channels} testId="sl-today-channels" channels />
            </div>
          </>
        )}
      </QueryView>
    </section>
  );
}

function TodayTable({ caption, rows, testId, channels }: { caption: string; rows: ServiceLevelRow[]; testId: string; channels?: boolean }) {
  const { t } = useTranslation('serviceLevel');
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{channels ? t('column.channel') : t('column.queue')}</th>
          <th scope="col">{t('column.serviceLevel')}</th><th scope="col">{t('column.offered')}</th>
          <th scope="col">{t('column.answered')}</th><th scope="col">{t('column.abandoned')}</th><th scope="col">{t('column.asa')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <tr><td colSpan={6} className="muted">{t('today.none')}</td></tr>}
        {rows.map((row) => (
          <tr key={row.group ?? 'none'}>
            <th scope="row">{channels ? channelName(row.label, t) : row.label}</th>
            <td><Percent value={row.serviceLevelPercent} /></td>
            <td>{row.offered}</td><td>{row.answered}</td><td>{row.abandoned}</td>
            <td>{row.answered > 0 ? formatSeconds(row.averageSpeedOfAnswerSeconds) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Percent({ value }: { value: number | null }) {
  const { t } = useTranslation('serviceLevel');
  if (value === null) return <span className="muted">{t('noData')}</span>;
  return <strong className="sl-percent">{formatNumber(value / 100, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })}</strong>;
}

function AtRiskSection() {
  const { t } = useTranslation('serviceLevel');
  const now = useNow();
  const data = useQuery({ queryKey: [...LIVE_KEY, 'at-risk'], queryFn: atRisk, refetchInterval: 10_000 });
  return (
    <section aria-labelledby="sl-at-risk">
      <h2 id="sl-at-risk">{t('atRisk.title')}</h2>
      <p className="muted">{t('atRisk.explain')}</p>
      <QueryView query={data} empty={t('atRisk.none')}>
        {(rows) => (
          <table data-testid="sl-at-risk">
            <thead>
              <tr>
                <th scope="col">{t('column.conversation')}</th><th scope="col">{t('column.metric')}</th>
                <th scope="col">{t('column.channel')}</th><th scope="col">{t('column.assignee')}</th>
                <th scope="col">{t('column.dueIn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.conversationId}-${row.metric}`}>
                  <td><ConversationLink row={row} /></td>
                  <td>{t(`metric.${row.metric}`, { defaultValue: row.metric })}</td>
                  <td>{channelName(row.channel, t)}</td>
                  <td>{row.assignee ?? <span className="muted">{t('unassigned')}</span>}</td>
                  <td className="sl-due">
                    <span className="sl-warning-dot" aria-hidden="true" />
                    {row.dueAt && t('atRisk.dueIn', { time: formatSeconds(Math.max(0, (new Date(row.dueAt).getTime() - now) / 1000)) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}

function ConversationLink({ row }: { row: ClockRow }) {
  const { t } = useTranslation('serviceLevel');
  return <Link to={`/inbox/all/${row.conversationId}`}>{row.subject?.trim() || t('noSubject')}</Link>;
}

function ReportSection() {
  const { t } = useTranslation('serviceLevel');
  const rule = useQuery({ queryKey: ['service-level', 'rule'], queryFn: workspaceRule });
  return (
    <section aria-labelledby="sl-report">
      <h2 id="sl-report">{t('report.title')}</h2>
      <QueryView query={rule}>{(loaded) => <Report rule={loaded} />}</QueryView>
    </section>
  );
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function Report({ rule }: { rule: Rule }) {
  const { t } = useTranslation('serviceLevel');
  const { me } = useSession();
  const queryClient = useQueryClient();
  const todayDay = isoDay(new Date());
  const [draft, setDraft] = useState<ReportForm>({
    fromDay: todayDay, toDay: todayDay, interval: '60m', groupBy: 'queue', abandons: rule.abandons,
    thresholdSeconds: rule.thresholdSeconds, shortAbandonSeconds: rule.shortAbandonSeconds,
  });
  const [form, setForm] = useState<ReportForm>(draft);
  const change = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setForm(draft);
  };
  const save = useMutation({
    mutationFn: () => saveWorkspaceRule({ thresholdSeconds: draft.thresholdSeconds, abandons: draft.abandons,
      shortAbandonSeconds: draft.shortAbandonSeconds }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: LIVE_KEY }),
  });
  const levels = useQuery({ queryKey: ['service-level', 'report', form], queryFn: () => serviceLevelReport(form), retry: false });
  const times = useQuery({ queryKey: ['service-level', 'times', form], queryFn: () => responseTimes(form), retry: false });
  const missed = useQuery({ queryKey: ['service-level', 'breaches', form], queryFn: () => breaches(form), retry: false });
  return (
    <>
      <form className="sl-form" onSubmit={submit} aria-label={t('report.form')}>
        <label>{t('report.from')}<input type="date" value={draft.fromDay} required onChange={(e) => change('fromDay', e.target.value)} /></label>
        <label>{t('report.to')}<input type="date" value={draft.toDay} required onChange={(e) => change('toDay', e.target.value)} /></label>
        <label>{t('report.interval')}
          <select value={draft.interval} onChange={(e) => change('interval', e.target.value as Interval)}>
            {INTERVALS.map((value) => <option key={value} value={value}>{t(`interval.${value}`)}</option>)}
          </select>
        </label>
        <label>{t('report.groupBy')}
          <select value={draft.groupBy} onChange={(e) => change('groupBy', e.target.value as Grouping)}>
            {GROUPINGS.map((value) => <option key={value} value={value}>{t(`grouping.${value}`)}</option>)}
          </select>
        </label>
        <label>{t('report.abandons')}
          <select value={draft.abandons} onChange={(e) => change('abandons', e.target.value as AbandonTreatment)}>
            {ABANDON_TREATMENTS.map((value) => <option key={value} value={value}>{t(`abandons.${value}`)}</option>)}
          </select>
        </label>
        <label>{t('report.threshold')}
          <input type="number" min={0} max={86400} value={draft.thresholdSeconds} onChange={(e) => change('thresholdSeconds', Number(e.target.value))} />
        </label>
        <label>{t('report.shortAbandon')}
          <input type="number" min={0} max={86400} value={draft.shortAbandonSeconds} onChange={(e) => change('shortAbandonSeconds', Number(e.target.value))} />
        </label>
        <button type="submit">{t('report.show')}</button>
        {includes(me.role, 'ADMIN') && (
          <button type="button" className="secondary" onClick={() => save.mutate()} disabled={save.isPending}>
            {t('report.saveRule')}
          </button>
        )}
        {save.isSuccess && <span role="status">{t('report.ruleSaved')}</span>}
      </form>
      <ReportError error={save.error} />
      <ReportError error={levels.error ?? times.error ?? missed.error} />
      <h3>{t('report.serviceLevel')} <CsvLink href={`/api/v1/sla/reports/service-level${serviceLevelQuery(form, 'csv')}`} /></h3>
      <QueryView query={levels}>
        {(report) => (
          <table data-testid="sl-report">
            <thead>
              <tr>
                <th scope="col">{t('column.interval')}</th><th scope="col">{t(`grouping.${form.groupBy}`)}</th>
                <th scope="col">{t('column.serviceLevel')}</th><th scope="col">{t('column.offered')}</th>
                <th scope="col">{t('column.answeredWithin')}</th><th scope="col">{t('column.abandoned')}</th>
                <th scope="col">{t('column.shortAbandons')}</th><th scope="col">{t('column.asa')}</th>
                <th scope="col">{t('column.abandonRate')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.length === 0 && <tr><td colSpan={9} className="muted">{t('report.empty')}</td></tr>}
              {report.rows.map((row) => (
                <tr key={`${row.intervalStart}-${row.group}`}>
                  <td>{formatDateTime(row.intervalStart)}</td>
                  <td>{groupName(row, form.groupBy, t)}</td>
                  <td><Percent value={row.serviceLevelPercent} /></td>
                  <td>{row.offered}</td><td>{row.answeredWithin} / {row.answered}</td><td>{row.abandoned}</td>
                  <td>{row.shortAbandons}</td>
                  <td>{row.answered > 0 ? formatSeconds(row.averageSpeedOfAnswerSeconds) : '–'}</td>
                  <td><Percent value={row.abandonRatePercent} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      <h3>{t('report.responseTimes')} <CsvLink href={`/api/v1/sla/reports/response-times${responseTimeQuery(form, 'csv')}`} /></h3>
      {form.groupBy === 'queue' && <p className="muted">{t('report.timesNotByQueue')}</p>}
      <QueryView query={times}>
        {(report) => (
          <table data-testid="sl-times">
            <thead>
              <tr>
                <th scope="col">{t('column.interval')}</th><th scope="col">{t(`grouping.${form.groupBy === 'queue' ? 'none' : form.groupBy}`)}</th>
                <th scope="col">{t('column.metric')}</th><th scope="col">{t('column.count')}</th>
                <th scope="col">{t('column.median')}</th><th scope="col">{t('column.p90')}</th><th scope="col">{t('column.breached')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.length === 0 && <tr><td colSpan={7} className="muted">{t('report.empty')}</td></tr>}
              {report.rows.map((row) => (
                <tr key={`${row.intervalStart}-${row.group}-${row.metric}`}>
                  <td>{formatDateTime(row.intervalStart)}</td>
                  <td>{groupName(row, form.groupBy === 'queue' ? 'none' : form.groupBy, t)}</td>
                  <td>{t(`metric.${row.metric}`, { defaultValue: row.metric })}</td><td>{row.count}</td>
                  <td>{formatSeconds(row.medianSeconds)}</td><td>{formatSeconds(row.p90Seconds)}</td><td>{row.breached}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      <h3>{t('report.breaches')} <CsvLink href={`/api/v1/sla/reports/breaches${breachQuery(form, 'csv')}`} /></h3>
      <QueryView query={missed} empty={t('report.noBreaches')}>
        {(rows) => (
          <table data-testid="sl-breaches">
            <thead>
              <tr>
                <th scope="col">{t('column.breachedAt')}</th><th scope="col">{t('column.conversation')}</th>
                <th scope="col">{t('column.metric')}</th><th scope="col">{t('column.policy')}</th><th scope="col">{t('column.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.conversationId}-${row.metric}`}>
                  <td>{formatDateTime(row.breachedAt)}</td><td><ConversationLink row={row} /></td>
                  <td>{t(`metric.${row.metric}`, { defaultValue: row.metric })}</td><td>{row.policy}</td>
                  <td>{row.assignee ?? <span className="muted">{t('unassigned')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </>
  );
}

function CsvLink({ href }: { href: string }) {
  const { t } = useTranslation('serviceLevel');
  return <a className="sl-csv" href={href} download>{t('report.csv')}</a>;
}

/** The API's reasons (they name the parameter), instead of only "invalid fields". */
function ReportError({ error }: { error: Error | null }) {
  if (!(error instanceof ProblemError) || error.errors.length === 0) return null;
  return <p role="alert" className="sl-error">{error.errors.map((e) => e.message).join('; ')}</p>;
}

type T = (key: string, options?: Record<string, unknown>) => string;

function ruleText(rule: Rule, t: T): string {
  return t('rule.summary', { seconds: rule.thresholdSeconds, abandons: t(`abandons.${rule.abandons}`) })
    + (rule.shortAbandonSeconds > 0 ? ` ${t('rule.short', { seconds: rule.shortAbandonSeconds })}` : '');
}

function channelName(channel: string, t: T): string {
  return t(`channel.${channel.toUpperCase()}`, { ns: 'common', defaultValue: channel });
}

function groupName(row: { group: string | null; label: string }, grouping: Grouping, t: T): string {
  if (row.group === null) return grouping === 'none' ? t('group.all') : t('group.none');
  return grouping === 'channel' ? channelName(row.label, t) : row.label;
}
