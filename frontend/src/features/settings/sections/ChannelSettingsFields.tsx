import { Field, useSettingsText } from '../components';
import { type ChatForm, defaultPort, type EmailForm, type ServerForm, type Tls, TLS_MODES } from '../emailSettings';
import type { Errors } from '../forms';

/** The server names the field in its message ("settings.email.imap.port must be …"); next to the field that is noise. */
function withoutField(field: string, message: string | undefined) {
  return message?.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
}

/** Sender identity, signature and the IMAP/SMTP servers of an email inbox (`settings.email`). */
export function EmailSettingsFields({ value, onChange, errors }: {
  value: EmailForm; onChange: (next: EmailForm) => void; errors: Errors;
}) {
  const { t, fieldError } = useSettingsText();
  const err = (key: string) => withoutField(`settings.email.${key}`,
    fieldError(errors[`settings.email.${key}`] ?? (key === 'address' ? errors['settings.email'] : undefined)));
  const text = (key: 'address' | 'fromName' | 'replyTo', type = 'text', optional = true) => (
    <Field label={t(`inboxes.email.${key}`) + (optional ? ` ${t('optional')}` : '')} hint={t(`inboxes.email.hint.${key}`)} error={err(key)}>
      {(p) => <input {...p} type={type} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />}
    </Field>
  );
  return (
    <div className="form-grid" data-testid="email-settings">
      <div className="form-grid two">
        {text('address', 'email', false)}
        {text('fromName')}
        {text('replyTo', 'email')}
      </div>
      <Field label={`${t('inboxes.email.signature')} ${t('optional')}`} hint={t('inboxes.email.hint.signature')} error={err('signature')}>
        {(p) => <textarea {...p} rows={3} value={value.signature} onChange={(e) => onChange({ ...value, signature: e.target.value })} />}
      </Field>
      <ServerFields kind="imap" value={value.imap} errors={errors} onChange={(imap) => onChange({ ...value, imap })} />
      <ServerFields kind="smtp" value={value.smtp} errors={errors} onChange={(smtp) => onChange({ ...value, smtp })} />
    </div>
  );
}

function ServerFields({ kind, value, onChange, errors }: {
  kind: 'imap' | 'smtp'; value: ServerForm; onChange: (next: ServerForm) => void; errors: Errors;
}) {
  const { t, fieldError } = useSettingsText();
  const err = (key: string) => withoutField(`settings.email.${kind}.${key}`, fieldError(errors[`settings.email.${kind}.${key}`]));
  const set = (patch: Partial<ServerForm>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="server-fieldset" data-testid={`email-${kind}`}>
      <legend>
        <label className="checkbox">
          <input type="checkbox" checked={value.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          {' '}{t(`inboxes.email.${kind}.enable`)}
        </label>
      </legend>
      {fieldError(errors[`settings.email.${kind}`]) && <p className="field-error">{fieldError(errors[`settings.email.${kind}`])}</p>}
      {value.enabled && (
        <div className="form-grid two">
          <Field label={t('inboxes.email.host')} error={err('host')}>
            {(p) => <input {...p} value={value.host} autoComplete="off" placeholder={kind === 'imap' ? 'imap.example.com' : 'smtp.example.com'}
                           onChange={(e) => set({ host: e.target.value })} />}
          </Field>
          <div className="form-grid two">
            <Field label={t('inboxes.email.tls')} error={err('tls')}>
              {(p) => (
                <select {...p} value={value.tls} onChange={(e) => set({ tls: e.target.value as Tls })}>
                  {TLS_MODES.map((m) => <option key={m} value={m}>{t(`inboxes.email.tlsMode.${m}`)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('inboxes.email.port')} error={err('port')}>
              {(p) => <input {...p} inputMode="numeric" value={value.port} placeholder={String(defaultPort(kind, value.tls))}
                             onChange={(e) => set({ port: e.target.value })} />}
            </Field>
          </div>
          <Field label={t('inboxes.email.username') + (kind === 'smtp' ? ` ${t('optional')}` : '')} error={err('username')}>
            {(p) => <input {...p} value={value.username} autoComplete="off" onChange={(e) => set({ username: e.target.value })} />}
          </Field>
          <Field label={t('inboxes.email.password')} error={err('password')}
                 hint={value.passwordSet ? t('inboxes.email.passwordSet') : undefined}>
            {(p) => <input {...p} type="password" autoComplete="new-password" value={value.password}
                           placeholder={value.passwordSet ? t('inboxes.email.passwordKeep') : ''}
                           onChange={(e) => set({ password: e.target.value })} />}
          </Field>
          {kind === 'imap' && (
            <Field label={t('inboxes.email.folder')} error={err('folder')}>
              {(p) => <input {...p} value={value.folder} placeholder="INBOX" onChange={(e) => set({ folder: e.target.value })} />}
            </Field>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** The chat widget's settings as the backend reads them (allowed sites, header, colour, pre-chat form, greeting, answer bot). */
export function ChatSettingsFields({ value, onChange, errors }: {
  value: ChatForm; onChange: (next: ChatForm) => void; errors: Errors;
}) {
  const { t, fieldError } = useSettingsText();
  const err = (key: string) => withoutField(`settings.${key}`, fieldError(errors[`settings.${key}`]));
  const color = value.widgetColor.trim();
  return (
    <div className="form-grid" data-testid="chat-settings">
      <div className="form-grid two">
        <Field label={`${t('inboxes.field.widgetName')} ${t('optional')}`} hint={t('inboxes.hint.widgetName')} error={err('widgetName')}>
          {(p) => <input {...p} value={value.widgetName} maxLength={200} onChange={(e) => onChange({ ...value, widgetName: e.target.value })} />}
        </Field>
        <Field label={`${t('inboxes.field.widgetColor')} ${t('optional')}`} hint={t('inboxes.hint.widgetColor')} error={err('widgetColor')}>
          {(p) => (
            <div className="copy-box">
              <input {...p} value={value.widgetColor} placeholder="#2457d6" onChange={(e) => onChange({ ...value, widgetColor: e.target.value })} />
              <input type="color" aria-label={t('inboxes.pickColor')} value={/^#[0-9a-f]{6}$/i.test(color) ? color : '#2457d6'}
                     onChange={(e) => onChange({ ...value, widgetColor: e.target.value })} />
            </div>
          )}
        </Field>
      </div>
      <Field label={`${t('inboxes.chat.allowedOrigins')} ${t('optional')}`} hint={t('inboxes.chat.hint.allowedOrigins')} error={err('allowedOrigins')}>
        {(p) => <textarea {...p} rows={3} spellCheck={false} placeholder="https://www.example.com" value={value.allowedOrigins}
                          onChange={(e) => onChange({ ...value, allowedOrigins: e.target.value })} />}
      </Field>
      <Field label={`${t('inboxes.chat.greeting')} ${t('optional')}`} hint={t('inboxes.chat.hint.greeting')} error={err('greeting')}>
        {(p) => <textarea {...p} rows={2} value={value.greeting} onChange={(e) => onChange({ ...value, greeting: e.target.value })} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={value.preChatForm} onChange={(e) => onChange({ ...value, preChatForm: e.target.checked })} />
        {' '}{t('inboxes.chat.preChatForm')}
      </label>
      <fieldset className="form-grid" data-testid="answer-bot-settings">
        <legend>{t('inboxes.chat.bot.title')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={value.botEnabled} onChange={(e) => onChange({ ...value, botEnabled: e.target.checked })} />
          {' '}{t('inboxes.chat.bot.enabled')}
        </label>
        <div className="form-grid two">
          <Field label={t('inboxes.chat.bot.minScore')} hint={t('inboxes.chat.bot.hint.minScore')} error={err('answerBot.minScore')}>
            {(p) => <input {...p} inputMode="decimal" value={value.botMinScore} onChange={(e) => onChange({ ...value, botMinScore: e.target.value })} />}
          </Field>
          <Field label={t('inboxes.chat.bot.timeoutMinutes')} hint={t('inboxes.chat.bot.hint.timeoutMinutes')} error={err('answerBot.timeoutMinutes')}>
            {(p) => <input {...p} inputMode="numeric" value={value.botTimeoutMinutes} onChange={(e) => onChange({ ...value, botTimeoutMinutes: e.target.value })} />}
          </Field>
        </div>
      </fieldset>
    </div>
  );
}
