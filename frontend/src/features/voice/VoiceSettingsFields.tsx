import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../settings/components';
import { queues } from '../routing/api';
import { KEYS, nextDigit, VOICE_LANGUAGES, type VoiceForm } from './voiceSettings';
import './voice.css';

/**
 * A voice inbox's provider account (Twilio-compatible; the token is write-only), what callers hear, and the IVR
 * menu: each key puts the caller in a routing queue.
 */
export function VoiceSettingsFields({ value, onChange, errors }: {
  value: VoiceForm; onChange: (next: VoiceForm) => void; errors: Record<string, string>;
}) {
  const { t } = useTranslation('voice');
  const queueList = useQuery({ queryKey: ['routing', 'queues'], queryFn: queues });
  const err = (key: string) => (errors[`settings.voice.${key}`] ? t(errors[`settings.voice.${key}`], { defaultValue: errors[`settings.voice.${key}`] }) : undefined);
  const set = (patch: Partial<VoiceForm>) => onChange({ ...value, ...patch });
  const setChoice = (index: number, patch: Partial<VoiceForm['menu'][number]>) =>
    set({ menu: value.menu.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  const textField = (key: 'accountSid' | 'from' | 'apiBaseUrl' | 'holdMusicUrl', required: boolean, placeholder?: string) => (
    <Field label={t(`settings.${key}`) + (required ? '' : ` ${t('settings.optional')}`)} hint={t(`settings.hint.${key}`)} error={err(key)}>
      {(p) => <input {...p} value={value[key]} placeholder={placeholder} autoComplete="off" onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );
  return (
    <div className="form-grid" data-testid="voice-settings">
      <div className="form-grid two">
        {textField('accountSid', true, 'AC…')}
        <Field label={t('settings.authToken')} hint={value.authTokenSet ? t('settings.tokenSet') : t('settings.hint.authToken')}
               error={err('authToken')}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={value.authToken}
                         placeholder={value.authTokenSet ? t('settings.tokenKeep') : undefined}
                         onChange={(e) => set({ authToken: e.target.value })} />}
        </Field>
        {textField('from', true, '+15550001111')}
        {textField('apiBaseUrl', false, 'https://api.twilio.com')}
        <Field label={t('settings.language')} hint={t('settings.hint.language')} error={err('language')}>
          {(p) => (
            <select {...p} value={value.language} onChange={(e) => set({ language: e.target.value })}>
              {VOICE_LANGUAGES.map((l) => <option key={l} value={l}>{t(`settings.languages.${l}`)}</option>)}
            </select>
          )}
        </Field>
        {textField('holdMusicUrl', false, 'https://…/music.mp3')}
        <Field label={t('settings.voicemailAfterSeconds')} hint={t('settings.hint.voicemailAfterSeconds')} error={err('voicemailAfterSeconds')}>
          {(p) => <input {...p} type="number" min={0} max={3600} value={value.voicemailAfterSeconds}
                         onChange={(e) => set({ voicemailAfterSeconds: e.target.value })} />}
        </Field>
        <Field label={t('settings.callbackDigit')} hint={t('settings.hint.callbackDigit')} error={err('callbackDigit')}>
          {(p) => (
            <select {...p} value={value.callbackDigit} onChange={(e) => set({ callbackDigit: e.target.value })}>
              {KEYS.map((k) => <option key={k} value={k}>{k}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('settings.greeting') + ` ${t('settings.optional')}`} hint={t('settings.hint.greeting')} error={err('greeting')}>
        {(p) => <textarea {...p} rows={2} maxLength={1000} value={value.greeting} onChange={(e) => set({ greeting: e.target.value })} />}
      </Field>
      <fieldset className="server-fieldset ivr-menu" data-testid="ivr-menu">
        <legend>{t('settings.menu')}</legend>
        <p className="hint">{t('settings.hint.menu')}</p>
        {value.menu.length > 0 && (
          <table className="data-table ivr-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.digit')}</th>
                <th scope="col">{t('settings.label')}</th>
                <th scope="col">{t('settings.queue')}</th>
                <th scope="col"><span className="visually-hidden">{t('settings.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {value.menu.map((choice, index) => (
                <tr key={index}>
                  <td>
                    <select aria-label={t('settings.digitOf', { n: index + 1 })} value={choice.digit}
                            aria-invalid={err(`menu[${index}].digit`) ? true : undefined}
                            onChange={(e) => setChoice(index, { digit: e.target.value })}>
                      {KEYS.slice(0, 10).map((k) => <option key={k} value={k}>{k}</option>)}
                    </select>
                    {err(`menu[${index}].digit`) && <span className="field-error">{err(`menu[${index}].digit`)}</span>}
                  </td>
                  <td>
                    <input aria-label={t('settings.labelOf', { n: index + 1 })} value={choice.label} maxLength={200}
                           placeholder={t('settings.labelPlaceholder')}
                           aria-invalid={err(`menu[${index}].label`) ? true : undefined}
                           onChange={(e) => setChoice(index, { label: e.target.value })} />
                    {err(`menu[${index}].label`) && <span className="field-error">{err(`menu[${index}].label`)}</span>}
                  </td>
                  <td>
                    <select aria-label={t('settings.queueOf', { n: index + 1 })} value={choice.queueId}
                            aria-invalid={err(`menu[${index}].queueId`) ? true : undefined}
                            onChange={(e) => setChoice(index, { queueId: e.target.value })}>
                      <option value="">{t('settings.chooseQueue')}</option>
                      {(queueList.data ?? []).map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
                    </select>
                    {err(`menu[${index}].queueId`) && <span className="field-error">{err(`menu[${index}].queueId`)}</span>}
                  </td>
                  <td className="actions">
                    <button type="button" className="secondary small"
                            onClick={() => set({ menu: value.menu.filter((_, i) => i !== index) })}>{t('settings.remove')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {value.menu.length === 0 && <p className="muted">{t('settings.noMenu')}</p>}
        <div>
          <button type="button" className="secondary small" disabled={value.menu.length >= 10}
                  onClick={() => set({ menu: [...value.menu, { digit: nextDigit(value.menu, value.callbackDigit), label: '', queueId: '' }] })}>
            {t('settings.addChoice')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
