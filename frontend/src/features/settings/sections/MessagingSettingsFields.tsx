import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/http';
import { ErrorMessage, Loading } from '../../../ui/states';
import { CopyBox, Field, useSettingsText } from '../components';
import type { Errors } from '../forms';
import { MESSAGING_FIELDS, type MessagingForm, type MessagingPart, type TemplateForm } from '../messagingSettings';

/** The provider account of an SMS (Twilio-compatible), WhatsApp, Messenger or Instagram inbox; credentials are write-only. */
export function MessagingSettingsFields({ part, value, onChange, errors }: {
  part: MessagingPart; value: MessagingForm; onChange: (next: MessagingForm) => void; errors: Errors;
}) {
  const { t, fieldError } = useSettingsText();
  const err = (key: string) => fieldError(errors[`settings.${part}.${key}`]);
  const setTemplate = (index: number, patch: Partial<TemplateForm>) =>
    onChange({ ...value, templates: value.templates.map((tpl, i) => (i === index ? { ...tpl, ...patch } : tpl)) });
  return (
    <div className="form-grid" data-testid={`${part}-settings`}>
      <div className="form-grid two">
        {MESSAGING_FIELDS[part].map((field) => (
          <Field key={field.key} label={t(`inboxes.${part}.${field.key}`) + (field.required ? '' : ` ${t('optional')}`)}
                 hint={field.secret && value.set[field.key] ? t('inboxes.messaging.secretSet') : t(`inboxes.${part}.hint.${field.key}`)}
                 error={err(field.key)}>
            {(p) => <input {...p} type={field.secret ? 'password' : 'text'} autoComplete={field.secret ? 'new-password' : 'off'}
                           value={value.values[field.key] ?? ''}
                           placeholder={field.secret && value.set[field.key] ? t('inboxes.messaging.secretKeep') : field.placeholder}
                           onChange={(e) => onChange({ ...value, values: { ...value.values, [field.key]: e.target.value } })} />}
          </Field>
        ))}
      </div>
      {part === 'whatsapp' && (
        <fieldset className="server-fieldset" data-testid="whatsapp-templates">
          <legend>{t('inboxes.whatsapp.templates')}</legend>
          <p className="hint">{t('inboxes.whatsapp.hint.templates')}</p>
          {value.templates.map((tpl, index) => (
            <div key={index} className="form-grid two">
              <Field label={t('inboxes.whatsapp.templateName')} error={fieldError(errors[`settings.whatsapp.templates[${index}].name`])}>
                {(p) => <input {...p} value={tpl.name} placeholder="order_update" onChange={(e) => setTemplate(index, { name: e.target.value })} />}
              </Field>
              <Field label={t('inboxes.whatsapp.templateLanguage')} error={fieldError(errors[`settings.whatsapp.templates[${index}].language`])}>
                {(p) => <input {...p} value={tpl.language} placeholder="en" onChange={(e) => setTemplate(index, { language: e.target.value })} />}
              </Field>
              <Field label={t('inboxes.whatsapp.templateBody')} error={fieldError(errors[`settings.whatsapp.templates[${index}].body`])}>
                {(p) => <textarea {...p} rows={2} value={tpl.body} placeholder="Your order {{1}} has {{2}}."
                                  onChange={(e) => setTemplate(index, { body: e.target.value })} />}
              </Field>
              <div>
                <button type="button" className="secondary small"
                        onClick={() => onChange({ ...value, templates: value.templates.filter((_, i) => i !== index) })}>
                  {t('inboxes.whatsapp.removeTemplate')}
                </button>
              </div>
            </div>
          ))}
          <div>
            <button type="button" className="secondary small"
                    onClick={() => onChange({ ...value, templates: [...value.templates, { name: '', language: 'en', body: '' }] })}>
              {t('inboxes.whatsapp.addTemplate')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}

/** The URLs (and for Messenger and Instagram the verify token) to register with the provider for a saved inbox. */
export function ProviderWebhooks({ inboxId, part, verifyToken }: { inboxId: string; part: MessagingPart; verifyToken?: string }) {
  const { t } = useSettingsText();
  const urls = useQuery({
    queryKey: ['inbox-webhooks', inboxId],
    queryFn: () => api.get<{ messages: string; status?: string }>(`/inboxes/${inboxId}/webhooks`),
  });
  if (urls.isPending) return <Loading />;
  if (urls.isError) return <ErrorMessage error={urls.error} onRetry={() => void urls.refetch()} />;
  return (
    <div className="form-grid" data-testid="provider-webhooks">
      <CopyBox label={t(`inboxes.${part}.webhook`)} value={urls.data.messages} testId="webhook-url" />
      {urls.data.status && <CopyBox label={t('inboxes.sms.statusWebhook')} value={urls.data.status} testId="status-webhook-url" />}
      {verifyToken && <CopyBox label={t(`inboxes.${part}.verifyToken`)} value={verifyToken} testId="verify-token" />}
      <p className="hint">{t(`inboxes.${part}.hint.webhook`)}</p>
    </div>
  );
}
