import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Me } from '../auth/api';
import { http } from '../../lib/http';
import { queryClient } from '../../lib/queryClient';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { ErrorMessage, Loading } from '../../ui/states';
import { Field, FormError, mergeErrors, useSettingsText } from './components';
import { type Errors, serverFieldErrors, validatePassword } from './forms';
import './admin.css';

interface InvitationInfo {
  email: string;
  displayName: string;
  workspaceName: string;
}

const invitation = (token: string) => http<InvitationInfo>('GET', `/api/v1/auth/invitations/${encodeURIComponent(token)}`);

async function accept(token: string, password: string) {
  // Like the login: the first GET primes the CSRF cookie for the POST.
  await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
  return http<Me>('POST', `/api/v1/auth/invitations/${encodeURIComponent(token)}/accept`, { password });
}

/** Public page of an invitation link: shows the workspace and email, sets a password and signs in. */
export function InvitePage() {
  const { t } = useTranslation('settings');
  const { token = '' } = useParams();
  const info = useQuery({ queryKey: ['invitation', token], queryFn: () => invitation(token), retry: false });
  return (
    <main className="login">
      <div className="card invite-card">
        <h1>{t('invite.title')}</h1>
        {info.isPending ? <Loading /> : info.isError ? (
          <>
            <ErrorMessage error={info.error} />
            <p className="muted">{t('invite.invalid')}</p>
            <a href="/">{t('invite.toSignIn')}</a>
          </>
        ) : <AcceptForm token={token} info={info.data} />}
        <LanguagePicker />
      </div>
    </main>
  );
}

function AcceptForm({ token, info }: { token: string; info: InvitationInfo }) {
  const { t, fieldError } = useSettingsText();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const join = useMutation({
    mutationFn: () => accept(token, password),
    onSuccess: async (me) => {
      queryClient.setQueryData(['me'], me);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      navigate('/inbox', { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validatePassword(password, confirm);
    setLocalErrors(errors);
    if (!Object.keys(errors).length) join.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(join.error));
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <p>{t('invite.intro', { workspace: info.workspaceName })}</p>
      <dl className="invite-facts">
        <dt>{t('invite.workspace')}</dt><dd data-testid="invite-workspace">{info.workspaceName}</dd>
        <dt>{t('invite.name')}</dt><dd>{info.displayName}</dd>
        <dt>{t('invite.email')}</dt><dd data-testid="invite-email">{info.email}</dd>
      </dl>
      <Field label={t('invite.password')} hint={t('invite.passwordHint')} error={fieldError(errors.password)}>
        {(p) => <input {...p} type="password" name="password" autoComplete="new-password" value={password}
                       onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Field label={t('invite.confirm')} error={fieldError(errors.confirm)}>
        {(p) => <input {...p} type="password" name="confirm" autoComplete="new-password" value={confirm}
                       onChange={(e) => setConfirm(e.target.value)} />}
      </Field>
      <FormError error={join.error} />
      <button type="submit" disabled={join.isPending}>{t('invite.join')}</button>
    </form>
  );
}
