import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../ui/states';
import { settingsApi, type Inbox } from '../settings/api';
import { Field, FormError, mergeErrors } from '../settings/components';
import { type Errors, hasErrors, serverFieldErrors } from '../settings/forms';
import { type HelpCenterSettings, helpCenterApi } from './api';
import { cleanHelpCenter, publicPath, validateHelpCenter } from './settingsForm';

const LANGUAGES = [['en', 'English'], ['zh-Hans', '简体中文'], ['zh-Hant', '繁體中文'], ['ko', '한국어']] as const;

/** Admins: the workspace's public help center — address, on/off, branding, and how visitors reach the team. */
export function HelpCenterSettingsSection() {
  const { t } = useTranslation('helpcenter');
  const settings = useQuery({ queryKey: ['help-center-settings'], queryFn: helpCenterApi.settings });
  const inboxes = useQuery({ queryKey: ['inboxes'], queryFn: settingsApi.inboxes });
  return (
    <section className="narrow" data-testid="help-center-settings">
      <div className="page-header"><h2>{t('title')}</h2></div>
      <p className="hint">{t('intro')}</p>
      <QueryView query={settings}>{(s) => <HelpCenterForm saved={s} inboxes={inboxes.data ?? []} />}</QueryView>
    </section>
  );
}

function HelpCenterForm({ saved, inboxes }: { saved: HelpCenterSettings; inboxes: Inbox[] }) {
  const { t } = useTranslation('helpcenter');
  const queryClient = useQueryClient();
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: helpCenterApi.save,
    onSuccess: (answer) => {
      queryClient.setQueryData(['help-center-settings'], answer);
      setValues(answer);
    },
  });
  const set = <K extends keyof HelpCenterSettings>(key: K, value: HelpCenterSettings[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const shown = mergeErrors(Object.fromEntries(Object.entries(errors).map(([f, key]) => [f, t(key)])),
    serverFieldErrors(save.error));
  const current = save.data ?? saved;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateHelpCenter(values);
    setErrors(found);
    if (!hasErrors(found)) save.mutate(cleanHelpCenter(values));
  }

  const chatInboxes = inboxes.filter((i) => i.channel === 'CHAT');
  const contactInboxes = inboxes.filter((i) => i.channel === 'EMAIL' || i.channel === 'API');
  return (
    <form className="section form-grid" onSubmit={submit} aria-label={t('title')} noValidate>
      <label className="checkbox">
        <input type="checkbox" name="enabled" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />
        {t('enabled')}
      </label>
      <Field label={t('slug')} hint={t('slugHint')} error={shown.slug}>{(props) => (
        <input {...props} name="slug" required value={values.slug} onChange={(e) => set('slug', e.target.value)} />
      )}</Field>
      <Field label={t('name')} hint={t('nameHint')} error={shown.name}>{(props) => (
        <input {...props} name="name" maxLength={200} value={values.name ?? ''} onChange={(e) => set('name', e.target.value)} />
      )}</Field>
      <Field label={t('brandColor')} error={shown.brandColor}>{(props) => (
        <div className="copy-box">
          <input type="color" aria-label={t('brandColor')} style={{ width: '3rem', flex: 'none', padding: 2 }} value={/^#[0-9a-fA-F]{6}$/.test(values.brandColor) ? values.brandColor : '#000000'}
                 onChange={(e) => set('brandColor', e.target.value)} />
          <input {...props} name="brandColor" value={values.brandColor} onChange={(e) => set('brandColor', e.target.value)} />
        </div>
      )}</Field>
      <Field label={t('logoUrl')} hint={t('logoUrlHint')} error={shown.logoUrl}>{(props) => (
        <input {...props} name="logoUrl" type="url" value={values.logoUrl ?? ''} onChange={(e) => set('logoUrl', e.target.value)} />
      )}</Field>
      <Field label={t('chatInbox')} hint={t('chatInboxHint')} error={shown.chatInboxId}>{(props) => (
        <select {...props} name="chatInboxId" value={values.chatInboxId ?? ''} onChange={(e) => set('chatInboxId', e.target.value || null)}>
          <option value="">{t('none')}</option>
          {chatInboxes.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
        </select>
      )}</Field>
      <Field label={t('contactInbox')} hint={t('contactInboxHint')} error={shown.contactInboxId}>{(props) => (
        <select {...props} name="contactInboxId" value={values.contactInboxId ?? ''}
                onChange={(e) => set('contactInboxId', e.target.value || null)}>
          <option value="">{t('none')}</option>
          {contactInboxes.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
        </select>
      )}</Field>
      <FormError error={hasErrors(serverFieldErrors(save.error)) ? null : save.error} />
      {save.isSuccess && <p role="status" className="form-success">{t('saved')}</p>}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
      </div>
      {current.enabled && (
        <div className="field" data-testid="help-center-links">
          <span className="label">{t('publicPages')}</span>
          <ul>
            {LANGUAGES.map(([tag, label]) => (
              <li key={tag}><a href={publicPath(current.slug, tag)} target="_blank" rel="noreferrer" lang={tag}>{label}</a></li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
