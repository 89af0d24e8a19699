import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { api } from '../../lib/http';
import { currentLocale } from '../../lib/i18n';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { formatTimeInState, type Presence, setPresenceOf, sortBoard, STATUSES, teamPresence } from './presence';
import { StatusDot } from './StatusDot';
import { useNow } from '../../lib/useNow';
import './presence.css';
import '../settings/admin.css';

interface Team {
  id: string;
  name: string;
  memberIds: string[];
}

/** Filters the board: '' everyone, 'mine' members of the caller's teams, else one team's members. */
export function filterBoard(list: Presence[], filter: string, teams: Team[], myUserId: string): Presence[] {
  if (!filter) return list;
  const teamIds = filter === 'mine'
    ? new Set(teams.filter((t) => t.memberIds.includes(myUserId)).map((t) => t.id))
    : new Set([filter]);
  const members = new Set(teams.filter((t) => teamIds.has(t.id)).flatMap((t) => t.memberIds));
  return list.filter((p) => members.has(p.userId) || (p.teamIds ?? []).some((id) => teamIds.has(id)));
}

/** Supervisors' live board of their teams: status, reason, time in state; they may set someone offline. */
export function TeamPresencePage() {
  const { t } = useTranslation('presence');
  const { me } = useSession();
  const allowed = includes(me.role, 'SUPERVISOR');
  const board = useQuery({ queryKey: ['presence', 'board'], queryFn: teamPresence, enabled: allowed });
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => api.get<Team[]>('/teams'), enabled: allowed });
  const [filter, setFilter] = useState<string | null>(null);
  const [offline, setOffline] = useState<Presence | null>(null);
  const now = useNow();
  const filterId = useId();

  const myTeams = (teams.data ?? []).filter((team) => team.memberIds.includes(me.userId));
  // Supervisors start on their own teams; admins (and supervisors without a team) on everyone.
  const effectiveFilter = filter ?? (me.role === 'SUPERVISOR' && myTeams.length > 0 ? 'mine' : '');
  const rows = useMemo(
    () => sortBoard(filterBoard(board.data ?? [], effectiveFilter, teams.data ?? [], me.userId), currentLocale()),
    [board.data, effectiveFilter, teams.data, me.userId]);
  const teamNames = new Map((teams.data ?? []).map((team) => [team.id, team.name]));

  if (!allowed) return <div className="admin-page"><p role="alert" className="state error">{t('error.forbidden', { ns: 'common' })}</p></div>;
  const counts = STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  return (
    <div className="admin-page presence-page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <span className="inline-field">
          <label htmlFor={filterId}>{t('board.team')}</label>
          <select id={filterId} value={effectiveFilter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">{t('board.allTeams')}</option>
            {myTeams.length > 0 && <option value="mine">{t('board.myTeams')}</option>}
            {(teams.data ?? []).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </span>
      </div>
      {counts.length > 0 && (
        <ul className="presence-summary" aria-label={t('board.summary')}>
          {counts.map(([s, n]) => <li key={s}><StatusDot status={s} />{t(`status.${s}`)} <strong>{n}</strong></li>)}
        </ul>
      )}
      {board.isPending ? <Loading /> : board.isError ? <ErrorMessage error={board.error} onRetry={() => board.refetch()} />
        : rows.length === 0 ? <Empty>{t('board.empty')}</Empty> : (
          <table className="data-table" data-testid="presence-board">
            <thead>
              <tr>
                <th scope="col">{t('board.name')}</th>
                <th scope="col">{t('board.status')}</th>
                <th scope="col">{t('board.reason')}</th>
                <th scope="col">{t('board.timeInState')}</th>
                <th scope="col">{t('board.teams')}</th>
                <th scope="col"><span className="visually-hidden">{t('board.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.userId} data-user={p.userId}>
                  <td>{p.displayName}</td>
                  <td><span className="status-cell"><StatusDot status={p.status} />{t(`status.${p.status}`)}</span></td>
                  <td>{p.reason ?? <span className="muted">—</span>}</td>
                  <td className="numeric">{formatTimeInState(p.since, now)}</td>
                  <td>{(p.teamIds ?? []).map((id) => teamNames.get(id)).filter(Boolean).join(', ')}</td>
                  <td className="actions">
                    {p.status !== 'OFFLINE' && p.userId !== me.userId && (
                      <button type="button" className="secondary small" onClick={() => setOffline(p)}
                              aria-label={t('board.setOfflineOf', { name: p.displayName })}>
                        {t('board.setOffline')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {teams.isError && <ErrorMessage error={teams.error} onRetry={() => teams.refetch()} />}
      <SetOfflineDialog member={offline} onClose={() => setOffline(null)} />
    </div>
  );
}

function SetOfflineDialog({ member, onClose }: { member: Presence | null; onClose: () => void }) {
  const { t } = useTranslation('presence');
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (p: Presence) => setPresenceOf(p.userId, 'OFFLINE', null),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['presence', 'board'] });
      onClose();
    },
  });
  return (
    <Dialog open={!!member} onOpenChange={(open) => { if (!open) { change.reset(); onClose(); } }}
            title={t('board.setOfflineTitle')}>
      <p>{t('board.setOfflineConfirm', { name: member?.displayName ?? '' })}</p>
      {change.isError && <p role="alert" className="error">{errorMessage(change.error, (k) => t(k, { ns: 'common' }))}</p>}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
        <button type="button" className="danger" disabled={change.isPending} onClick={() => member && change.mutate(member)}>
          {t('board.setOffline')}
        </button>
      </div>
    </Dialog>
  );
}
