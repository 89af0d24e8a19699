import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { currentLocale } from '../../lib/i18n';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { ssoFailure } from '../sso/api';
import { SsoSignInForm } from '../sso/SsoSignInForm';
import { login, loginWithCode, type Me, needsSecondFactor } from './api';
import { formatWait, useSecondsLeft } from './wait';

export function LoginPage({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeStep, setCodeStep] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // While sign-in is throttled, when the server lets the next attempt in (an attempt before only prolongs the wait).
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const secondsLeft = useSecondsLeft(retryAt);
  const [withSso, setWithSso] = useState(false);
  // A single sign-on that came back unsuccessful: the reason is shown once, and the address cleaned of it.
  const [ssoError] = useState(() => ssoFailure(window.location.search));
  useEffect(() => {
    if (ssoError) window.history.replaceState(null, '', '/');
  }, [ssoError]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setRetryAt(null);
    try {
      if (codeStep) {
        onLoggedIn(await loginWithCode(code.trim()));
        return;
      }
      const answer = await login(email, password);
      if (needsSecondFactor(answer)) setCodeStep(true);
      else onLoggedIn(answer);
    } catch (failure) {
      const throttled = failure instanceof ProblemError && failure.status === 429;
      if (throttled && failure.retryAfterSeconds !== undefined) setRetryAt(Date.now() + failure.retryAfterSeconds * 1000);
      else setError(throttled ? t('login.throttled') : codeStep ? t('login.codeFailed', { ns: 'security' }) : t('login.failed'));
    } finally {
      setBusy(false);
    }
  }

  if (codeStep) {
    return (
      <main className="login">
        <form className="card" onSubmit={submit} aria-label={t('login.codeTitle', { ns: 'security' })}>
          <h1>Frontline</h1>
          <p className="muted">{t('login.codeTitle', { ns: 'security' })}</p>
          <label>
            {t('login.code', { ns: 'security' })}
            <input name="code" autoComplete="one-time-code" inputMode="text" required autoFocus value={code}
                   aria-describedby="code-hint" onChange={(e) => setCode(e.target.value)} />
          </label>
          <p id="code-hint" className="hint">{t('login.codeHint', { ns: 'security' })}</p>
          {error && <p role="alert" className="error">{error}</p>}
          {retryAt !== null && <Throttled secondsLeft={secondsLeft} />}
          <button type="submit" disabled={busy || secondsLeft > 0}>{t('login.verify', { ns: 'security' })}</button>
        </form>
      </main>
    );
  }

  if (withSso) {
    return (
      <main className="login">
        <SsoSignInForm onCancel={() => setWithSso(false)} />
      </main>
    );
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
        {retryAt !== null && <Throttled secondsLeft={secondsLeft} />}
        {ssoError && <p role="alert" className="error" data-testid="sso-error">{t(`failure.${ssoError}`, { ns: 'sso' })}</p>}
        <button type="submit" disabled={busy || secondsLeft > 0}>{t('login.submit')}</button>
        <button type="button" className="secondary" onClick={() => setWithSso(true)}>{t('login.withSso', { ns: 'sso' })}</button>
        <LanguagePicker />
      </form>
    </main>
  );
}

/**
 * The alert is said once; the countdown is a timer, which screen readers do not announce every second, and the
 * end of the wait is announced politely.
 */
function Throttled({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation('auth');
  if (secondsLeft === 0) return <p role="status" className="throttled">{t('login.retryNow')}</p>;
  return (
    <div className="throttled">
      <p role="alert" className="error">{t('login.tooMany')}</p>
      <p role="timer">{t('login.retryIn', { time: formatWait(secondsLeft, currentLocale()) })}</p>
    </div>
  );
}
