import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { login, type Me } from './api';

export function LoginPage({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await login(email, password));
    } catch (failure) {
      setError(failure instanceof ProblemError && failure.status === 429
        ? t('login.throttled') : t('login.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="card" onSubmit={submit} aria-label={t('login.title')}>
        <h1>Frontline</h1>
        <p className="muted">{t('login.title')}</p>
        <label>
          {t('login.email')}
          <input name="email" type="email" autoComplete="username" required value={email}
                 onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password}
                 onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" disabled={busy}>{t('login.submit')}</button>
        <LanguagePicker />
      </form>
    </main>
  );
}
