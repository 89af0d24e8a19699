import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/api';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../../lib/format';
import { securityApi } from '../../security/api';
import { MemberSignInDialog } from '../../security/MemberSignInDialog';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { type Invitation, settingsApi, type StaffMember } from '../api';
import { ConfirmDialog, CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { absoluteUrl, serverFieldErrors, validateInvite } from '../forms';

const ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

/** Users of the workspace: invite, change role, deactivate and reactivate; unlock, sessions and two-factor reset. */
export function UsersSection() {
  const { t, problem } = useSettingsText();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
  const { t: security } = useTranslation('security');
  const locks = useQuery({ queryKey: ['sign-in-locks'], queryFn: securityApi.signInLocks });
  const unlock = useMutation({
    mutationFn: securityApi.unlock,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sign-in-locks'] }),
  });
  const [signInOf, setSignInOf] = useState<StaffMember | null>(null);
  const [inviting, setInviting] = useState(false);
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const [newLink, setNewLink] = useState<Invitation | null>(null);
  const reinvite = useMutation({ mutationFn: (user: StaffMember) => settingsApi.reinvite(user.id), onSuccess: setNewLink });
  const update = useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: { role?: Role; active?: boolean } }) => settingsApi.updateUser(id, changes),
    onSuccess: () => {
      setDeactivating(null);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void queryClient.invalidateQueries({ queryKey: ['presence'] });
    },
  });

  return (
    <section>
      <div className="page-header">
        <h2>{t('section.users')}</h2>
        <button type="button" onClick={() => setInviting(true)}>{t('users.invite')}</button>
      </div>
      {update.isError && !deactivating && <p role="alert" className="form-error">{problem(update.error)}</p>}
      {reinvite.isError && <p role="alert" className="form-error">{problem(reinvite.error)}</p>}
      {unlock.isError && <p role="alert" className="form-error">{problem(unlock.error)}</p>}
      <QueryView query={users} empty={t('users.empty')}>{(items) => (
          <table className="data-table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => {
                const active = user.active !== false;
                const self = user.id === me.userId;
                const lock = locks.data?.find((l) => l.userId === user.id);
                return (
                  <tr key={user.id} className={active ? undefined : 'inactive'} data-email={user.email}>
                    <td className="wrap">{user.displayName}</td>
                    <td className="wrap">{user.email}</td>
                    <td>
                      <select aria-label={t('users.roleOf', { name: user.displayName })} value={user.role}
                              disabled={self || update.isPending}
                              onChange={(e) => update.mutate({ id: user.id, changes: { role: e.target.value as Role } })}>
                        {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`, { ns: 'common' })}</option>)}
                      </select>
                    </td>
                    <td>
                      <span className={active ? 'badge ok' : 'badge bad'}>{active ? t('users.active') : t('users.inactive')}</span>
                      {lock && <span className="badge bad">{security('lockedUntil', { time: formatDateTime(lock.lockedUntil) })}</span>}
                    </td>
                    <td className="actions">
                      {lock && (
                        <button type="button" className="secondary small" disabled={unlock.isPending}
                                onClick={() => unlock.mutate(user.id)}
                                aria-label={security('unlockUser', { name: user.displayName })}>{security('unlock')}</button>
                      )}
                      {!self && active && (
                        <button type="button" className="secondary small" onClick={() => setSignInOf(user)}
                                aria-label={security('member.openUser', { name: user.displayName })}>{security('member.open')}</button>
                      )}
                      {!self && active && (
                        <button type="button" className="secondary small" disabled={reinvite.isPending}
                                onClick={() => reinvite.mutate(user)}
                                aria-label={t('users.newLinkFor', { name: user.displayName })}>{t('users.newLink')}</button>
                      )}
                      {!self && (active
                        ? <button type="button" className="secondary small" onClick={() => { update.reset(); setDeactivating(user); }}
                                  aria-label={t('users.deactivateUser', { name: user.displayName })}>{t('users.deactivate')}</button>
                        : <button type="button" className="secondary small" disabled={update.isPending}
                                  onClick={() => update.mutate({ id: user.id, changes: { active: true } })}
                                  aria-label={t('users.reactivateUser', { name: user.displayName })}>{t('users.reactivate')}</button>)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}</QueryView>
      <Dialog open={!!newLink} onOpenChange={(open) => { if (!open) setNewLink(null); }} title={t('users.newLinkTitle')}>
        {newLink && (
          <div className="admin-dialog form-grid">
            <p>{t('users.newLinkIntro', { email: newLink.user.email })}</p>
            <CopyBox label={t('users.inviteLink')} value={absoluteUrl(newLink.inviteUrl)} />
            <p className="hint">{t('users.inviteExpires', { date: formatDateTime(newLink.expiresAt) })}</p>
            <div className="dialog-actions"><button type="button" onClick={() => setNewLink(null)}>{t('done')}</button></div>
          </div>
        )}
      </Dialog>
      <MemberSignInDialog member={signInOf} onClose={() => setSignInOf(null)} />
      <InviteDialog open={inviting} onClose={() => setInviting(false)} />
      <ConfirmDialog open={!!deactivating} title={t('users.deactivateTitle')}
                     message={t('users.deactivateConfirm', { name: deactivating?.displayName ?? '' })}
                     confirmLabel={t('users.deactivate')} pending={update.isPending} error={update.error}
                     onCancel={() => setDeactivating(null)}
                     onConfirm={() => deactivating && update.mutate({ id: deactivating.id, changes: { active: false } })} />
    </section>
  );
}

function InviteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('AGENT');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Invitation | null>(null);
  const invite = useMutation({
    mutationFn: () => settingsApi.invite({ email: email.trim(), displayName: displayName.trim(), role }),
    onSuccess: (invitation) => {
      setResult(invitation);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const close = () => {
    setEmail(''); setDisplayName(''); setRole('AGENT'); setLocalErrors({}); setResult(null); invite.reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateInvite({ email, displayName });
    setLocalErrors(errors);
    if (!Object.keys(errors).length) invite.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(invite.error));
  return (
    <Dialog open={open} onOpenChange={(next) => { if (!next) close(); }} title={t('users.inviteTitle')}>
      {result ? (
        <div className="admin-dialog form-grid">
          <p>{t('users.invited', { email: result.user.email })}</p>
          <CopyBox label={t('users.inviteLink')} value={absoluteUrl(result.inviteUrl)} testId="invite-link" />
          <p className="hint">{t('users.inviteExpires', { date: formatDateTime(result.expiresAt) })}</p>
          <div className="dialog-actions"><button type="button" onClick={close}>{t('done')}</button></div>
        </div>
      ) : (
        <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
          <Field label={t('users.email')} error={fieldError(errors.email)}>
            {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field label={t('users.name')} error={fieldError(errors.displayName)}>
            {(p) => <input {...p} value={displayName} maxLength={200} onChange={(e) => setDisplayName(e.target.value)} />}
          </Field>
          <Field label={t('users.role')} error={fieldError(errors.role)}>
            {(p) => (
              <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`, { ns: 'common' })}</option>)}
              </select>
            )}
          </Field>
          <FormError error={invite.error} />
          <div className="dialog-actions">
            <button type="button" className="secondary" onClick={close}>{t('cancel', { ns: 'common' })}</button>
            <button type="submit" disabled={invite.isPending}>{t('users.sendInvite')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
