import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../lib/format';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi } from '../api';
import { useSettingsText } from '../components';

/** The workspace's audit log, newest first, a page at a time. */
export function AuditSection() {
  const { t } = useSettingsText();
  const log = useInfiniteQuery({
    queryKey: ['audit-log'],
    queryFn: ({ pageParam }) => settingsApi.audit(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
  const names = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section>
      <div className="page-header">
        <h2>{t('section.audit')}</h2>
        <button type="button" className="secondary" onClick={() => log.refetch()} disabled={log.isFetching}>{t('audit.refresh')}</button>
      </div>
      {log.isPending ? <Loading /> : log.isError && entries.length === 0 ? <ErrorMessage error={log.error} onRetry={() => log.refetch()} />
        : entries.length === 0 ? <Empty>{t('audit.empty')}</Empty> : (
          <>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td className="numeric">{formatDateTime(e.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                    <td className="wrap">{e.actorId ? names.get(e.actorId) ?? <ShortId id={e.actorId} /> : t('audit.system')}</td>
                    <td><code>{e.action}</code></td>
                    <td className="wrap">{e.targetType}{e.targetId && <span className="hint"> {names.get(e.targetId) ?? <ShortId id={e.targetId} />}</span>}</td>
                    <td><div className="audit-detail">{e.detail && e.detail !== '{}' ? e.detail : ''}</div></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {log.isFetchNextPageError && <ErrorMessage error={log.error} onRetry={() => log.fetchNextPage()} />}
            {log.hasNextPage && (
              <div className="load-more">
                <button type="button" className="secondary" disabled={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
                  {log.isFetchingNextPage ? t('loading', { ns: 'common' }) : t('audit.more')}
                </button>
              </div>
            )}
          </>
        )}
    </section>
  );
}

/** The tail of an id (time-ordered ids share their head), the whole id on hover. */
function ShortId({ id }: { id: string }) {
  return <span title={id}>…{id.slice(-8)}</span>;
}
