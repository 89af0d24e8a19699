import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { sortStats, type StatsColumn } from './analytics';
import { knowledgeApi } from './api';
import './knowledge.css';

const COLUMNS: StatsColumn[] = ['title', 'views', 'helped', 'notHelped', 'shown', 'used', 'usageRate'];

/**
 * Article analytics for authors: each article's views (agents and help center), "this helped" answers, and how
 * often the side panel showed it and agents used it, over chosen days; sortable by every column.
 */
export function ArticleAnalyticsPage() {
  const { t } = useTranslation('knowledge');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [column, setColumn] = useState<StatsColumn>('views');
  const [descending, setDescending] = useState(true);
  const report = useQuery({
    queryKey: ['knowledge-analytics', from, to],
    queryFn: () => knowledgeApi.analytics(from || undefined, to || undefined),
  });
  const sortBy = (next: StatsColumn) => {
    setDescending(next === column ? !descending : next !== 'title');
    setColumn(next);
  };
  return (
    <div className="knowledge-analytics" data-testid="knowledge-analytics">
      <div className="section-head">
        <h2>{t('analytics.title')}</h2>
        <Link to="/knowledge">{t('review.back')}</Link>
      </div>
      <p className="muted">{t('analytics.help')}</p>
      <div className="knowledge-analytics-range">
        <label><span>{t('analytics.from')}</span>
          <input type="date" value={from || report.data?.from || ''} onChange={(e) => setFrom(e.target.value)} /></label>
        <label><span>{t('analytics.to')}</span>
          <input type="date" value={to || report.data?.to || ''} onChange={(e) => setTo(e.target.value)} /></label>
      </div>
      {report.isPending ? <Loading />
        : report.isError ? <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
        : report.data.articles.length === 0 ? <Empty>{t('analytics.empty')}</Empty>
        : (
          <table className="knowledge-analytics-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" aria-sort={c === column ? (descending ? 'descending' : 'ascending') : undefined}
                      className={c === 'title' ? undefined : 'number'}>
                    <button type="button" className="link" onClick={() => sortBy(c)}>
                      {t(`analytics.column.${c}`)}{c === column ? (descending ? ' ↓' : ' ↑') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sortStats(report.data.articles, column, descending).map((a) => (
                <tr key={a.articleId}>
                  <th scope="row">
                    <Link to={`/knowledge/articles/${a.articleId}`}>{a.title}</Link>{' '}
                    <span className="muted">{a.language} · {t(`status.${a.status}`)}</span>
                  </th>
                  <td className="number" title={t('analytics.viewsSplit', { agents: a.agentViews, helpCenter: a.helpCenterViews })}>
                    {formatNumber(a.views)}
                  </td>
                  <td className="number" title={t('analytics.answersSplit', { agents: a.agentsHelped, visitors: a.visitorsHelped })}>
                    {formatNumber(a.helped)}
                  </td>
                  <td className="number" title={t('analytics.answersSplit', { agents: a.agentsNotHelped, visitors: a.visitorsNotHelped })}>
                    {formatNumber(a.notHelped)}
                  </td>
                  <td className="number">{formatNumber(a.shown)}</td>
                  <td className="number">{formatNumber(a.used)}</td>
                  <td className="number">{a.usageRate === null ? '–' : formatNumber(a.usageRate, { style: 'percent', maximumFractionDigits: 1 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </div>
  );
}
