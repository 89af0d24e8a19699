import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import type { InboxCounts, SavedView } from './api';
import { type BuiltInView, BUILT_IN_VIEWS } from './filters';
import { useSavedViews } from './hooks';
import { NotificationSettings } from './NotificationSettings';
import { ViewDialog } from './ViewDialog';

/** The left column: built-in views and saved views, each with its live count. */
export function ViewsColumn({ current, counts }: { current: string; counts: UseQueryResult<InboxCounts> }) {
  const { t } = useTranslation('inbox');
  const { me } = useSession();
  const views = useSavedViews();
  const [editing, setEditing] = useState<SavedView | null>(null);
  const supervisor = includes(me.role, 'SUPERVISOR');
  const builtIns = BUILT_IN_VIEWS.filter((view) => view !== 'all' || supervisor);
  const canEdit = (view: SavedView) => (view.shared ? supervisor : view.ownerId === me.userId);

  const count = (value: number | null | undefined) => {
    if (counts.isPending) return <span className="count pending" aria-hidden="true">·</span>;
    if (value === null || value === undefined) return null;
    return <span className="count">{formatNumber(value)}</span>;
  };

  return (
    <nav className="inbox-views" aria-label={t('views.label')}>
      <ul>
        {builtIns.map((view: BuiltInView) => (
          <li key={view}>
            <Link to={`/inbox/${view}`} className="view-link" aria-current={current === view ? 'page' : undefined}
                  data-testid={`view-${view}`}>
              <span className="view-name">{t(`views.${view}`)}</span>
              {count(counts.data?.[view])}
            </Link>
          </li>
        ))}
      </ul>
      {counts.isError && (
        <p className="views-error" role="alert">
          {errorMessage(counts.error, (key) => t(key, { ns: 'common' }))}{' '}
          <button type="button" className="link" onClick={() => void counts.refetch()}>{t('retry', { ns: 'common' })}</button>
        </p>
      )}
      <h2 className="views-heading">{t('views.saved')}</h2>
      {views.isPending && <p className="muted small" role="status">{t('loading', { ns: 'common' })}</p>}
      {views.isError && (
        <p className="views-error" role="alert">
          {errorMessage(views.error, (key) => t(key, { ns: 'common' }))}{' '}
          <button type="button" className="link" onClick={() => void views.refetch()}>{t('retry', { ns: 'common' })}</button>
        </p>
      )}
      {views.data && views.data.length === 0 && <p className="muted small">{t('views.noneSaved')}</p>}
      {views.data && views.data.length > 0 && (
        <ul>
          {views.data.map((view) => (
            <li key={view.id} className="saved-view">
              <Link to={`/inbox/${view.id}`} className="view-link" aria-current={current === view.id ? 'page' : undefined}
                    title={view.shared ? t('views.sharedHint') : undefined}>
                <span className="view-name">
                  {view.name}
                  {view.shared && <span className="shared-mark" aria-label={t('views.shared')}> ⇄</span>}
                </span>
                {count(counts.data?.views?.[view.id] ?? (counts.data ? 0 : undefined))}
              </Link>
              {canEdit(view) && (
                <button type="button" className="icon-button edit-view" aria-label={t('views.edit', { name: view.name })}
                        onClick={() => setEditing(view)}>✎</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <span className="spacer" />
      <NotificationSettings />
      {editing && <ViewDialog mode="edit" view={editing} current={current} onClose={() => setEditing(null)} />}
    </nav>
  );
}
