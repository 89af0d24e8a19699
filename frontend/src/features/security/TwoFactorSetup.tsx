import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyBox, Field, FormError } from '../settings/components';
import { type Enrolment, securityApi } from './api';
import { QrCode } from './QrCode';

/**
 * Setting up an authenticator app: the secret as a QR code to scan, as an otpauth:// link and as text to type in,
 * a first code to confirm, then the recovery codes, shown this once.
 */
export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('security');
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const begin = useMutation({ mutationFn: securityApi.beginSetup, onSuccess: setEnrolment });
  const confirm = useMutation({
    mutationFn: () => securityApi.confirmSetup(code.trim()),
    onSuccess: (answer) => setRecoveryCodes(answer.recoveryCodes),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) confirm.mutate();
  };

  if (recoveryCodes) {
    return (
      <div className="form-grid" data-testid="recovery-codes">
        <p role="status" className="form-success">{t('twoFactor.enabledNow')}</p>
        <p>{t('twoFactor.recoveryIntro')}</p>
        <ul className="recovery-codes" aria-label={t('twoFactor.recoveryCodes')}>
          {recoveryCodes.map((c) => <li key={c}><code>{c}</code></li>)}
        </ul>
        <div className="form-actions"><button type="button" onClick={() => {
          void queryClient.invalidateQueries({ queryKey: ['two-factor'] });
          onDone();
        }}>{t('twoFactor.savedCodes')}</button></div>
      </div>
    );
  }
  if (!enrolment) {
    return (
      <div className="form-grid">
        <p>{t('twoFactor.intro')}</p>
        <FormError error={begin.error} />
        <div className="form-actions">
          <button type="button" disabled={begin.isPending} onClick={() => begin.mutate()}>{t('twoFactor.setUp')}</button>
        </div>
      </div>
    );
  }
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <p>{t('twoFactor.scan')}</p>
      <QrCode value={enrolment.otpauthUri} label={t('twoFactor.qr')} testId="totp-qr" />
      <p><a href={enrolment.otpauthUri} data-testid="otpauth-link">{t('twoFactor.openApp')}</a></p>
      <CopyBox label={t('twoFactor.secret')} value={enrolment.secret} testId="totp-secret" />
      <Field label={t('twoFactor.code')} hint={t('twoFactor.codeHint')}>
        {(p) => <input {...p} name="totp-code" autoComplete="one-time-code" inputMode="numeric" maxLength={6}
                       value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <FormError error={confirm.error} />
      <div className="form-actions">
        <button type="submit" disabled={confirm.isPending || !code.trim()}>{t('twoFactor.confirm')}</button>
      </div>
    </form>
  );
}
