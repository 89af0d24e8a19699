import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { includes } from '../../auth/api';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi, type StaffMember, type Team } from '../api';
import { ConfirmDialog, Field, FormError, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';

/** Teams: create, rename, delete, and who is in each. */
export function TeamsSection() {
  const { t, fieldError } = useSettingsText();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const teams = useQuery({ queryKey: ['teams'], queryFn: settingsApi.teams });
  // Admins read the user list; supervisors may too (GET /users is open to staff).
  const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['teams'] });
    void queryClient.invalidateQueries({ queryKey: ['presence'] });
  };
  const create = useMutation({
    mutationFn: () => settingsApi.createTeam(name.trim()),
    onSuccess: () => { setName(''); refresh(); },
  });
  const remove = useMutation({
    mutationFn: (team: Team) => settingsApi.deleteTeam(team.id),
    onSuccess: () => { setDeleting(null); refresh(); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNameError(name.trim() ? undefined : 'validation.required');
    if (name.trim()) create.mutate();
  };
  const sorted = [...(teams.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
  return (
    <section>
      <div className="page-header"><h2>{t('section.teams')}</h2></div>
      <form className="inline-create" onSubmit={submit} noValidate>
        <Field label={t('teams.newName')} error={fieldError(nameError ?? serverFieldErrors(create.error).name)}>
          {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" disabled={create.isPending}>{t('teams.create')}</button>
      </form>
      <FormError error={create.error} />
      {teams.isPending ? <Loading /> : teams.isError ? <ErrorMessage error={teams.error} onRetry={() => teams.refetch()} />
        : sorted.length === 0 ? <Empty>{t('teams.empty')}</Empty> : (
          <div className="team-cards" data-testid="teams">
            {sorted.map((team) => (
              <TeamCard key={team.id} team={team} users={users.data ?? []} canDelete={includes(me.role, 'SUPERVISOR')}
                        onRename={() => setRenaming(team)} onDelete={() => { remove.reset(); setDeleting(team); }} />
            ))}
          </div>
        )}
      {users.isError && <ErrorMessage error={users.error} onRetry={() => users.refetch()} />}
      <RenameDialog team={renaming} onClose={() => setRenaming(null)} />
      <ConfirmDialog open={!!deleting} title={t('teams.deleteTitle')}
                     message={t('teams.deleteConfirm', { name: deleting?.name ?? '' })}
                     confirmLabel={t('delete', { ns: 'common' })} pending={remove.isPending} error={remove.error}
                     onCancel={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)} />
    </section>
  );
}

function TeamCard({ team, users, canDelete, onRename, onDelete }: {
  team: Team; users: StaffMember[]; canDelete: boolean; onRename: () => void; onDelete: () => void;
}) {
  const { t, problem } = useSettingsText();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState('');
  const byId = new Map(users.map((u) => [u.id, u]));
  const members = team.memberIds.map((id) => byId.get(id) ?? { id, displayName: id.slice(0, 8), email: '' } as StaffMember);
  const candidates = users.filter((u) => u.active !== false && !team.memberIds.includes(u.id));
  const membership = useMutation({
    mutationFn: ({ userId, add }: { userId: string; add: boolean }) =>
      add ? settingsApi.addMember(team.id, userId) : settingsApi.removeMember(team.id, userId),
    onSuccess: (updated) => {
      setAdding('');
      queryClient.setQueryData<Team[]>(['teams'], (list) => list?.map((x) => (x.id === updated.id ? updated : x)));
      void queryClient.invalidateQueries({ queryKey: ['presence'] });
    },
  });
  return (
    <article className="team-card" aria-labelledby={`team-${team.id}`}>
      <header>
        <h3 id={`team-${team.id}`}>{team.name}</h3>
        <span className="badge">{t('teams.members', { count: team.memberIds.length })}</span>
        <button type="button" className="secondary small" onClick={onRename} aria-label={t('teams.renameTeam', { name: team.name })}>
          {t('teams.rename')}
        </button>
        {canDelete && (
          <button type="button" className="secondary small" onClick={onDelete} aria-label={t('teams.deleteTeam', { name: team.name })}>
            {t('delete', { ns: 'common' })}
          </button>
        )}
      </header>
      {members.length === 0 ? <p className="hint">{t('teams.noMembers')}</p> : (
        <ul className="member-list" aria-label={t('teams.memberList', { name: team.name })}>
          {members.map((m) => (
            <li key={m.id}>
              {m.displayName}
              <button type="button" className="icon-button" disabled={membership.isPending}
                      aria-label={t('teams.removeMember', { name: m.displayName, team: team.name })}
                      onClick={() => membership.mutate({ userId: m.id, add: false })}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-member" onSubmit={(e) => { e.preventDefault(); if (adding) membership.mutate({ userId: adding, add: true }); }}>
        <select aria-label={t('teams.addMemberTo', { team: team.name })} value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">{t('teams.choose')}</option>
          {candidates.map((u) => <option key={u.id} value={u.id}>{u.displayName}</option>)}
        </select>
        <button type="submit" className="secondary small" disabled={!adding || membership.isPending}>{t('teams.add')}</button>
      </form>
      {membership.isError && <p role="alert" className="form-error">{problem(membership.error)}</p>}
    </article>
  );
}

function RenameDialog({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [shownFor, setShownFor] = useState<string | null>(null);
  if (team && shownFor !== team.id) {
    setShownFor(team.id);
    setName(team.name);
  }
  const rename = useMutation({
    mutationFn: () => settingsApi.renameTeam(team!.id, name.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
      close();
    },
  });
  function close() {
    setShownFor(null);
    rename.reset();
    onClose();
  }
  const error = name.trim() ? serverFieldErrors(rename.error).name : 'validation.required';
  return (
    <Dialog open={!!team} onOpenChange={(open) => { if (!open) close(); }} title={t('teams.renameTitle')}>
      <form className="admin-dialog form-grid" onSubmit={(e) => { e.preventDefault(); if (name.trim()) rename.mutate(); }}>
        <Field label={t('teams.name')} error={fieldError(error)}>
          {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormError error={rename.error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={close}>{t('cancel', { ns: 'common' })}</button>
          <button type="submit" disabled={rename.isPending || !name.trim()}>{t('save', { ns: 'common' })}</button>
        </div>
      </form>
    </Dialog>
  );
}
