import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { FormError } from '../settings/components';
import { SsoSettingsSection } from '../sso/SsoSettingsSection';
import { securityApi } from './api';
import { describeDevice } from './device';
import { SessionsTable } from './SessionsTable';
import { TwoFactorSetup } from './TwoFactorSetup';

/** The member's two-factor sign-in and sessions; for admins also whether the workspace requires two-factor. */
export function SecuritySection() {
  const { t } = useTranslation('security');
  const { me, refresh } = useSession();
  const status = useQuery({ queryKey: ['two-factor'], queryFn: securityApi.twoFactor });
  return (
    <section className="narrow">
      <div className="page-header"><h2>{t('title')}</h2></div>
      <div className="section">
        <h3>{t('twoFactor.title')}</h3>
        <QueryView query={status}>{(s) => s.enabled
          ? <p className="badge ok" data-testid="two-factor-on">{t('twoFactor.on', { count: s.recoveryCodesLeft })}</p>
          : <TwoFactorSetup onDone={refresh} />}
        </QueryView>
      </div>
      {includes(me.role, 'ADMIN') && <WorkspaceRule />}
      {includes(me.role, 'ADMIN') && <SsoSettingsSection />}
      <Sessions />
    </section>
  );
}

function WorkspaceRule() {
  const { t } = useTranslation('security');
  const queryClient = useQueryClient();
  const rule = useQuery({ queryKey: ['two-factor-rule'], queryFn: securityApi.workspaceRule });
  const change = useMutation({
    mutationFn: securityApi.requireTwoFactor,
    onSuccess: (answer) => queryClient.setQueryData(['two-factor-rule'], answer),
  });
  return (
    <div className="section">
      <h3>{t('rule.title')}</h3>
      <QueryView query={rule}>{(r) => (
        <label className="checkbox">
          <input type="checkbox" checked={r.required} disabled={change.isPending}
                 onChange={(e) => change.mutate(e.target.checked)} />
          {t('rule.require')}
        </label>
      )}</QueryView>
      <p className="hint">{t('rule.hint')}</p>
      <FormError error={change.error} />
    </div>
  );
}

function Sessions() {
  const { t } = useTranslation('security');
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: securityApi.sessions });
  const end = useMutation({
    mutationFn: securityApi.endSession,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
  return (
    <div className="section">
      <h3>{t('sessions.title')}</h3>
      <FormError error={end.error} />
      <QueryView query={sessions} empty={t('sessions.empty')}>{(items) => (
        <SessionsTable sessions={items} testId="sessions-table" action={(s) => s.current
          ? <span className="badge ok">{t('sessions.current')}</span>
          : <button type="button" className="secondary small" disabled={end.isPending}
                    aria-label={t('sessions.endOne', { device: describeDevice(s.userAgent) ?? t('sessions.unknownDevice') })}
                    onClick={() => end.mutate(s.id)}>{t('sessions.end')}</button>} />
      )}</QueryView>
    </div>
  );
}

/** Shown instead of the app while the workspace requires two-factor sign-in and the member has none yet. */
export function TwoFactorRequiredPage() {
  const { t } = useTranslation('security');
  const { refresh } = useSession();
  return (
    <main className="login">
      <div className="card">
        <h1>Frontline</h1>
        <h2>{t('required.title')}</h2>
        <p>{t('required.intro')}</p>
        <TwoFactorSetup onDone={refresh} />
      </div>
    </main>
  );
}
