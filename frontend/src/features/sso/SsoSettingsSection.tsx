import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../ui/states';
import type { Role } from '../auth/api';
import { CopyBox, Field, FormError } from '../settings/components';
import { type RoleMappingEntry, type SsoSettings, ssoApi } from './api';

const ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

/** Words of a list typed with spaces or commas. */
export const words = (text: string) => text.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);

/** Admins: the workspace's OpenID Connect provider, a connection test, and the address to register there. */
export function SsoSettingsSection() {
  const { t } = useTranslation('sso');
  const settings = useQuery({ queryKey: ['sso-settings'], queryFn: ssoApi.settings });
  return (
    <div className="section" data-testid="sso-settings">
      <h3>{t('settings.title')}</h3>
      <p className="hint">{t('settings.intro')}</p>
      <QueryView query={settings}>{(s) => <SsoForm saved={s} />}</QueryView>
    </div>
  );
}

/** The fields start from the settings as first loaded; saving keeps them as typed (the secret field empties). */
function SsoForm({ saved }: { saved: SsoSettings }) {
  const { t } = useTranslation('sso');
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [issuer, setIssuer] = useState(saved.issuer);
  const [clientId, setClientId] = useState(saved.clientId);
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState(saved.scopes.join(' '));
  const [domains, setDomains] = useState(saved.emailDomains.join(', '));
  const [roleClaim, setRoleClaim] = useState(saved.roleClaim);
  const [mapping, setMapping] = useState<RoleMappingEntry[]>(saved.roleMapping);
  const [defaultRole, setDefaultRole] = useState<Role>(saved.defaultRole);
  const [justInTime, setJustInTime] = useState(saved.justInTimeUsers);
  const save = useMutation({
    mutationFn: ssoApi.save,
    onSuccess: (answer) => {
      queryClient.setQueryData(['sso-settings'], answer);
      setClientSecret('');
    },
  });
  const test = useMutation({ mutationFn: ssoApi.test });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      enabled, issuer: issuer.trim(), clientId: clientId.trim(), scopes: words(scopes), emailDomains: words(domains),
      roleClaim: roleClaim.trim(), roleMapping: mapping.filter((m) => m.value.trim()), defaultRole,
      justInTimeUsers: justInTime, ...(clientSecret ? { clientSecret } : {}),
    });
  }

  const setEntry = (index: number, entry: Partial<RoleMappingEntry>) =>
    setMapping(mapping.map((m, i) => (i === index ? { ...m, ...entry } : m)));

  return (
    <form onSubmit={submit} aria-label={t('settings.title')}>
      <CopyBox label={t('settings.redirectUri')} value={saved.redirectUri} testId="sso-redirect-uri" />
      <Field label={t('settings.issuer')} hint={t('settings.issuerHint')}>{(props) => (
        <div className="copy-box">
          <input {...props} name="issuer" type="url" required value={issuer} onChange={(e) => setIssuer(e.target.value)} />
          <button type="button" className="secondary" disabled={!issuer.trim() || test.isPending}
                  onClick={() => test.mutate(issuer.trim())}>{t('settings.test')}</button>
        </div>
      )}</Field>
      {test.isSuccess && (
        <p role="status" className="badge ok" data-testid="sso-test-ok">
          {t('settings.testOk', { endpoint: test.data.authorizationEndpoint })}
        </p>
      )}
      <FormError error={test.error} />
      <Field label={t('settings.clientId')}>{(props) => (
        <input {...props} name="clientId" required value={clientId} onChange={(e) => setClientId(e.target.value)} />
      )}</Field>
      <Field label={t('settings.clientSecret')}
             hint={saved.clientSecretSet ? t('settings.secretKept') : t('settings.secretHint')}>{(props) => (
        <input {...props} name="clientSecret" type="password" autoComplete="new-password" value={clientSecret}
               placeholder={saved.clientSecretSet ? '••••••••' : ''} onChange={(e) => setClientSecret(e.target.value)} />
      )}</Field>
      <Field label={t('settings.scopes')} hint={t('settings.scopesHint')}>{(props) => (
        <input {...props} name="scopes" value={scopes} onChange={(e) => setScopes(e.target.value)} />
      )}</Field>
      <Field label={t('settings.domains')} hint={t('settings.domainsHint')}>{(props) => (
        <input {...props} name="emailDomains" value={domains} onChange={(e) => setDomains(e.target.value)} />
      )}</Field>
      <Field label={t('settings.roleClaim')} hint={t('settings.roleClaimHint')}>{(props) => (
        <input {...props} name="roleClaim" required value={roleClaim} onChange={(e) => setRoleClaim(e.target.value)} />
      )}</Field>
      <table className="data-table" data-testid="sso-role-mapping">
        <caption>{t('settings.mapping')}</caption>
        <thead><tr><th scope="col">{t('settings.claimValue')}</th><th scope="col">{t('settings.role')}</th><th scope="col"><span className="visually-hidden">{t('settings.actions')}</span></th></tr></thead>
        <tbody>
          {mapping.map((entry, index) => (
            <tr key={index}>
              <td><input aria-label={t('settings.claimValue')} value={entry.value}
                         onChange={(e) => setEntry(index, { value: e.target.value })} /></td>
              <td><select aria-label={t('settings.role')} value={entry.role}
                          onChange={(e) => setEntry(index, { role: e.target.value as Role })}>
                {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`, { ns: 'common' })}</option>)}
              </select></td>
              <td><button type="button" className="secondary small"
                          onClick={() => setMapping(mapping.filter((_, i) => i !== index))}>{t('settings.remove')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="secondary small"
              onClick={() => setMapping([...mapping, { value: '', role: 'AGENT' }])}>{t('settings.addMapping')}</button>
      <Field label={t('settings.defaultRole')} hint={t('settings.defaultRoleHint')}>{(props) => (
        <select {...props} value={defaultRole} onChange={(e) => setDefaultRole(e.target.value as Role)}>
          {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`, { ns: 'common' })}</option>)}
        </select>
      )}</Field>
      <label className="checkbox">
        <input type="checkbox" name="justInTimeUsers" checked={justInTime} onChange={(e) => setJustInTime(e.target.checked)} />
        {t('settings.justInTime')}
      </label>
      <p className="hint">{t('settings.justInTimeHint')}</p>
      <label className="checkbox">
        <input type="checkbox" name="enabled" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t('settings.enabled')}
      </label>
      <p className="hint">{t('settings.twoFactorHint')}</p>
      <FormError error={save.error} />
      {save.isSuccess && <p role="status" className="badge ok">{t('settings.saved')}</p>}
      <button type="submit" disabled={save.isPending}>{t('settings.save')}</button>
    </form>
  );
}
