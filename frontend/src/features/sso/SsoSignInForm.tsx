import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { ssoApi } from './api';

/**
 * Single sign-on from the sign-in page: the member types their work email (or its domain), whose domain names
 * the workspace and its identity provider; the browser then goes to the provider and comes back signed in.
 */
export function SsoSignInForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('sso');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { authorizationUrl } = await ssoApi.start(email.trim());
      window.location.assign(authorizationUrl);
    } catch (failure) {
      setError(failure instanceof ProblemError && failure.status === 404 ? t('login.notSetUp') : t('login.failedToStart'));
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-label={t('login.title')}>
      <h1>Frontline</h1>
      <p className="muted">{t('login.title')}</p>
      <label>
        {t('login.email')}
        <input name="sso-email" type="text" inputMode="email" autoComplete="username" required autoFocus value={email}
               aria-describedby="sso-hint" onChange={(e) => setEmail(e.target.value)} />
      </label>
      <p id="sso-hint" className="hint">{t('login.hint')}</p>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={busy}>{t('login.continue')}</button>
      <button type="button" className="secondary" onClick={onCancel}>{t('login.withPassword')}</button>
    </form>
  );
}
