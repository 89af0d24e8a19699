import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { QueryView } from '../../ui/states';
import type { StaffMember } from '../settings/api';
import { ConfirmDialog, FormError } from '../settings/components';
import { securityApi } from './api';
import { SessionsTable } from './SessionsTable';

/**
 * An admin's view of another member's sign-in: where they are signed in, ending all of it, and resetting their
 * two-factor sign-in when they lost both their phone and their recovery codes.
 */
export function MemberSignInDialog({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation('security');
  return (
    <Dialog open={!!member} onOpenChange={(open) => { if (!open) onClose(); }} wide
            title={member ? t('member.title', { name: member.displayName }) : ''}>
      {member && <MemberSignIn key={member.id} member={member} />}
    </Dialog>
  );
}

function MemberSignIn({ member }: { member: StaffMember }) {
  const { t } = useTranslation('security');
  const queryClient = useQueryClient();
  const queryKey = ['member-sessions', member.id];
  const sessions = useQuery({ queryKey, queryFn: () => securityApi.memberSessions(member.id) });
  const endAll = useMutation({
    mutationFn: () => securityApi.endAllSessions(member.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey }),
  });
  const [confirmingReset, setConfirmingReset] = useState(false);
  const reset = useMutation({
    mutationFn: () => securityApi.resetTwoFactor(member.id),
    onSuccess: () => setConfirmingReset(false),
  });
  const name = member.displayName;
  return (
    <div className="admin-dialog form-grid">
      <h3>{t('member.sessions')}</h3>
      <QueryView query={sessions} empty={t('member.noSessions')}>{(items) => (
        <SessionsTable sessions={items} testId="member-sessions" />
      )}</QueryView>
      <FormError error={endAll.error} />
      {endAll.isSuccess && <p role="status" className="form-success">{t('endedAll', { name })}</p>}
      <div className="form-actions">
        <button type="button" className="secondary" disabled={endAll.isPending || !sessions.data?.length}
                aria-label={t('endAllUser', { name })} onClick={() => endAll.mutate()}>{t('endAll')}</button>
      </div>

      <h3>{t('twoFactor.title')}</h3>
      <p className="hint">{t('member.resetHint')}</p>
      {reset.isSuccess && <p role="status" className="form-success">{t('member.resetDone', { name })}</p>}
      <div className="form-actions">
        <button type="button" className="danger" onClick={() => { reset.reset(); setConfirmingReset(true); }}>
          {t('member.reset')}
        </button>
      </div>
      <ConfirmDialog open={confirmingReset} title={t('member.resetTitle')}
                     message={t('member.resetConfirm', { name })} confirmLabel={t('member.reset')}
                     pending={reset.isPending} error={reset.error}
                     onCancel={() => setConfirmingReset(false)} onConfirm={() => reset.mutate()} />
    </div>
  );
}
