import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { Dialog } from '../../../ui/Dialog';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { type Channel, CHANNELS, type Inbox, settingsApi } from '../api';
import { Field, FormError, mergeErrors, useSettingsText } from '../components';
import { CHANNEL_FIELDS, type Errors, inboxSettings, serverFieldErrors, validateInbox } from '../forms';
import { WidgetSnippet } from './WidgetSnippet';
import { ChatSettingsFields, EmailSettingsFields } from './ChannelSettingsFields';
import { chatForm, chatSettings, emailForm, emailSettings, OWN_KEYS, validateChat, validateEmail } from '../emailSettings';
import { accountKey, type MessagingForm, messagingForm, messagingSettings, partOf, validateMessaging } from '../messagingSettings';
import { MessagingSettingsFields, ProviderWebhooks } from './MessagingSettingsFields';
import { VoiceSettingsFields } from '../../voice/VoiceSettingsFields';
import { isBlank, validateVoice, voiceForm, voiceSettings } from '../../voice/voiceSettings';

/** Inboxes by channel: create with a channel type, rename, and the settings each channel needs. */
export function InboxesSection() {
  const { t } = useSettingsText();
  const inboxes = useQuery({ queryKey: ['inboxes'], queryFn: settingsApi.inboxes });
  const [editing, setEditing] = useState<Inbox | 'new' | null>(null);
  const sorted = [...(inboxes.data ?? [])].sort((a, b) =>
    CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) || a.name.localeCompare(b.name));
  return (
    <section>
      <div className="page-header">
        <h2>{t('section.inboxes')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('inboxes.create')}</button>
      </div>
      {inboxes.isPending ? <Loading /> : inboxes.isError ? <ErrorMessage error={inboxes.error} onRetry={() => inboxes.refetch()} />
        : sorted.length === 0 ? <Empty>{t('inboxes.empty')}</Empty> : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('inboxes.channel')}</th>
                <th scope="col">{t('inboxes.name')}</th>
                <th scope="col">{t('inboxes.details')}</th>
                <th scope="col">{t('inboxes.created')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((inbox) => (
                <tr key={inbox.id}>
                  <td><ChannelIcon channel={inbox.channel} /> {t(`channel.${inbox.channel}`, { ns: 'common' })}</td>
                  <td className="wrap">{inbox.name}</td>
                  <td className="wrap muted">{summary(inbox)}</td>
                  <td className="numeric">{formatDateTime(inbox.createdAt, { dateStyle: 'medium' })}</td>
                  <td className="actions">
                    <button type="button" className="secondary small" onClick={() => setEditing(inbox)}
                            aria-label={t('inboxes.editInbox', { name: inbox.name })}>{t('edit', { ns: 'common' })}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {editing && <InboxDialog inbox={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}

function summary(inbox: Inbox) {
  if (inbox.channel === 'EMAIL') {
    const email = emailForm(inbox.settings);
    return [email.address || String(inbox.settings.address ?? ''), email.imap.enabled ? 'IMAP' : '', email.smtp.enabled ? 'SMTP' : '']
      .filter(Boolean).join(' · ');
  }
  if (inbox.channel === 'VOICE' && inbox.settings.voice) {
    const voice = voiceForm(inbox.settings);
    return [voice.from, voice.menu.length ? `IVR ${voice.menu.map((m) => m.digit).join(' ')}` : ''].filter(Boolean).join(' · ');
  }
  const part = partOf(inbox.channel);
  if (part && inbox.settings[part]) {
    const values = messagingForm(part, inbox.settings).values;
    return values[accountKey[part]];
  }
  return CHANNEL_FIELDS[inbox.channel].map((f) => inbox.settings[f.key]).filter((v) => v != null && v !== '').map(String).join(' · ');
}

/** Settings keys that have no field of their own, edited as JSON. */
function otherSettings(channel: Channel, settings: Record<string, unknown>) {
  const own = new Set([...CHANNEL_FIELDS[channel].map((f) => f.key), ...(OWN_KEYS[channel] ?? [])]);
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !own.has(key)));
}

function InboxDialog({ inbox, onClose }: { inbox: Inbox | null; onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [name, setName] = useState(inbox?.name ?? '');
  const [channel, setChannel] = useState<Channel>(inbox?.channel ?? 'EMAIL');
  const [values, setValues] = useState<Record<string, unknown>>(inbox?.settings ?? {});
  const others = inbox ? otherSettings(inbox.channel, inbox.settings) : {};
  const [json, setJson] = useState(Object.keys(others).length ? JSON.stringify(others, null, 2) : '');
  const [email, setEmail] = useState(() => {
    const form = emailForm(inbox?.settings ?? {});
    // Inboxes made before the email settings kept the address at the top level.
    if (!form.address && typeof inbox?.settings.address === 'string') form.address = inbox.settings.address;
    return form;
  });
  const [chat, setChat] = useState(() => chatForm(inbox?.settings ?? {}));
  const part = partOf(channel);
  const [messaging, setMessaging] = useState<Record<string, MessagingForm>>(() => ({
    sms: messagingForm('sms', inbox?.settings ?? {}), whatsapp: messagingForm('whatsapp', inbox?.settings ?? {}),
    messenger: messagingForm('messenger', inbox?.settings ?? {}), instagram: messagingForm('instagram', inbox?.settings ?? {}),
  }));
  const [voice, setVoice] = useState(() => voiceForm(inbox?.settings ?? {}));
  const dedicated = channel === 'EMAIL' || channel === 'CHAT' || channel === 'VOICE' || part != null;
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: (settings: Record<string, unknown>) => inbox
      ? settingsApi.updateInbox(inbox.id, { name: name.trim(), settings })
      : settingsApi.createInbox({ name: name.trim(), channel, settings }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['inboxes'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = channel === 'EMAIL' ? { ...validateInbox({ name, channel: 'API', settings: {} }), ...validateEmail(email) }
      : channel === 'CHAT' ? { ...validateInbox({ name, channel: 'API', settings: {} }), ...validateChat(chat) }
        : part ? { ...validateInbox({ name, channel: 'API', settings: {} }), ...validateMessaging(part, messaging[part]) }
        : channel === 'VOICE' ? { ...validateInbox({ name, channel: 'API', settings: {} }), ...(isBlank(voice) ? {} : validateVoice(voice)) }
          : validateInbox({ name, channel, settings: values });
    let extra: Record<string, unknown> = {};
    if (json.trim()) {
      try {
        const parsed = JSON.parse(json);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
        extra = parsed;
      } catch {
        errors.json = 'validation.json';
      }
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length) return;
    if (channel === 'EMAIL') save.mutate({ ...extra, email: emailSettings(email) });
    else if (channel === 'CHAT') save.mutate({ ...extra, ...chatSettings(chat) });
    else if (part) save.mutate({ ...extra, [part]: messagingSettings(part, messaging[part]) });
    else if (channel === 'VOICE') save.mutate(isBlank(voice) ? extra : { ...extra, voice: voiceSettings(voice) });
    else save.mutate(inboxSettings(channel, values, extra));
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={inbox ? t('inboxes.editTitle') : t('inboxes.createTitle')} wide>
      <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
        <div className="form-grid two">
          <Field label={t('inboxes.name')} error={fieldError(errors.name)}>
            {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label={t('inboxes.channel')} error={fieldError(errors.channel)}
                 hint={inbox ? t('inboxes.channelFixed') : undefined}>
            {(p) => (
              <select {...p} value={channel} disabled={!!inbox} onChange={(e) => setChannel(e.target.value as Channel)}>
                {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`, { ns: 'common' })}</option>)}
              </select>
            )}
          </Field>
          {!dedicated && CHANNEL_FIELDS[channel].map((field) => (
            <Field key={field.key} label={t(`inboxes.field.${field.key}`) + (field.required ? '' : ` ${t('optional')}`)}
                   hint={t(`inboxes.hint.${field.key}`)} error={fieldError(errors[`settings.${field.key}`])}>
              {(p) => field.kind === 'color' ? (
                <div className="copy-box">
                  <input {...p} value={String(values[field.key] ?? '')} placeholder="#2457d6"
                         onChange={(e) => setValues({ ...values, [field.key]: e.target.value })} />
                  <input type="color" aria-label={t('inboxes.pickColor')} value={/^#[0-9a-f]{6}$/i.test(String(values[field.key] ?? '')) ? String(values[field.key]) : '#2457d6'}
                         onChange={(e) => setValues({ ...values, [field.key]: e.target.value })} />
                </div>
              ) : (
                <input {...p} type={field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text'}
                       value={String(values[field.key] ?? '')}
                       onChange={(e) => setValues({ ...values, [field.key]: e.target.value })} />
              )}
            </Field>
          ))}
        </div>
        {channel === 'EMAIL' && <EmailSettingsFields value={email} onChange={setEmail} errors={errors} />}
        {channel === 'CHAT' && <ChatSettingsFields value={chat} onChange={setChat} errors={errors} />}
        {inbox?.channel === 'CHAT' && <WidgetSnippet inboxId={inbox.id} />}
        {part && <MessagingSettingsFields part={part} value={messaging[part]} errors={errors}
                                          onChange={(next) => setMessaging({ ...messaging, [part]: next })} />}
        {part && inbox && inbox.settings[part] != null && (
          <ProviderWebhooks inboxId={inbox.id} part={part} verifyToken={messagingForm(part, inbox.settings).values.verifyToken} />
        )}
        {channel === 'VOICE' && <VoiceSettingsFields value={voice} onChange={setVoice} errors={errors} />}
        <Field label={t('inboxes.advanced')} hint={t('inboxes.advancedHint')} error={fieldError(errors.json ?? errors.settings)}>
          {(p) => <textarea {...p} rows={4} spellCheck={false} value={json} placeholder="{}" onChange={(e) => setJson(e.target.value)} />}
        </Field>
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
          <button type="submit" disabled={save.isPending}>{inbox ? t('save', { ns: 'common' }) : t('create', { ns: 'common' })}</button>
        </div>
      </form>
    </Dialog>
  );
}
