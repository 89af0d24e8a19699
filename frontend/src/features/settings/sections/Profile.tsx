import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../auth/session';
import { changeLocale, currentLocale, isLocale, localeNames, locales } from '../../../lib/i18n';
import { settingsApi } from '../api';
import { Field, FormError, mergeErrors, timeZones, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';

/** The user's own display name, language and timezone. */
export function ProfileSection() {
  const { t, fieldError } = useSettingsText();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState(isLocale(me.locale) ? me.locale : currentLocale());
  const [timezone, setTimezone] = useState(me.timezone ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => settingsApi.updateProfile({ displayName: displayName.trim(), locale, timezone }),
    onSuccess: () => {
      changeLocale(locale);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = displayName.trim() ? {} : { displayName: 'validation.required' };
    setLocalErrors(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
  return (
    <section className="narrow">
      <div className="page-header"><h2>{t('section.profile')}</h2></div>
      <form className="section form-grid" onSubmit={submit} noValidate>
        <Field label={t('profile.email')}>{(p) => <input {...p} value={me.email} readOnly />}</Field>
        <Field label={t('profile.displayName')} error={fieldError(errors.displayName)}>
          {(p) => <input {...p} value={displayName} maxLength={200} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
        <Field label={t('profile.language')} error={fieldError(errors.locale)}>
          {(p) => (
            <select {...p} value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
              {locales.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('profile.timezone')} error={fieldError(errors.timezone)}>
          {(p) => (
            <select {...p} value={timezone} onChange={(e) => setTimezone(e.target.value)}>
              <option value="">{t('profile.workspaceTimezone')}</option>
              {timeZones().map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
          )}
        </Field>
        <FormError error={save.error} />
        {save.isSuccess && <p role="status" className="form-success">{t('saved')}</p>}
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
        </div>
      </form>
    </section>
  );
}
