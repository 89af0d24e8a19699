/**
 * The `voice` part of a voice inbox's settings (backend: channels/voice/VoiceSettings). The auth token is write-only:
 * the API shows `authTokenSet: true`, and an empty token keeps the stored one.
 */
export const VOICE_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ko'] as const;
export const KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;

export interface MenuChoice {
  digit: string;
  label: string;
  queueId: string;
}

export interface VoiceForm {
  accountSid: string;
  authToken: string;
  authTokenSet: boolean;
  from: string;
  apiBaseUrl: string;
  language: string;
  greeting: string;
  holdMusicUrl: string;
  voicemailAfterSeconds: string;
  callbackDigit: string;
  menu: MenuChoice[];
}

const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function voiceForm(settings: Record<string, unknown>): VoiceForm {
  const stored = obj(settings.voice);
  return {
    accountSid: text(stored.accountSid),
    authToken: '',
    authTokenSet: stored.authTokenSet === true,
    from: text(stored.from),
    apiBaseUrl: text(stored.apiBaseUrl),
    language: text(stored.language) || 'en',
    greeting: text(stored.greeting),
    holdMusicUrl: text(stored.holdMusicUrl),
    voicemailAfterSeconds: typeof stored.voicemailAfterSeconds === 'number' ? String(stored.voicemailAfterSeconds) : '300',
    callbackDigit: text(stored.callbackDigit) || '*',
    menu: Array.isArray(stored.menu) ? stored.menu.map((m) => {
      const choice = obj(m);
      return { digit: text(choice.digit), label: text(choice.label), queueId: text(choice.queueId) };
    }) : [],
  };
}

/** The part to save: blanks left out (the server's defaults apply), the token only when typed. */
export function voiceSettings(form: VoiceForm): Record<string, unknown> {
  const settings: Record<string, unknown> = {
    accountSid: form.accountSid.trim(),
    from: form.from.trim(),
    language: form.language,
    callbackDigit: form.callbackDigit,
    voicemailAfterSeconds: Number(form.voicemailAfterSeconds),
    menu: form.menu.map((m) => ({ digit: m.digit, label: m.label.trim(), queueId: m.queueId })),
  };
  if (form.authToken) settings.authToken = form.authToken;
  for (const key of ['apiBaseUrl', 'greeting', 'holdMusicUrl'] as const) {
    if (form[key].trim()) settings[key] = form[key].trim();
  }
  return settings;
}

/** Field errors keyed like the server's (`settings.voice.<field>`), as message keys of the voice namespace. */
export function validateVoice(form: VoiceForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.accountSid.trim()) errors['settings.voice.accountSid'] = 'validation.required';
  if (!form.authToken && !form.authTokenSet) errors['settings.voice.authToken'] = 'validation.required';
  if (!/^\+?[0-9 ()-]{6,20}$/.test(form.from.trim())) errors['settings.voice.from'] = 'validation.phone';
  const seconds = Number(form.voicemailAfterSeconds);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) errors['settings.voice.voicemailAfterSeconds'] = 'validation.seconds';
  const seen = new Set<string>();
  form.menu.forEach((choice, i) => {
    if (!/^[0-9]$/.test(choice.digit) || choice.digit === form.callbackDigit || seen.has(choice.digit)) {
      errors[`settings.voice.menu[${i}].digit`] = 'validation.digit';
    }
    seen.add(choice.digit);
    if (!choice.label.trim()) errors[`settings.voice.menu[${i}].label`] = 'validation.required';
    if (!choice.queueId) errors[`settings.voice.menu[${i}].queueId`] = 'validation.required';
  });
  return errors;
}

/** The next digit no choice uses yet (1-9, then 0), for a new menu row. */
export function nextDigit(menu: MenuChoice[], callbackDigit: string): string {
  const used = new Set([...menu.map((m) => m.digit), callbackDigit]);
  return ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].find((d) => !used.has(d)) ?? '';
}

/**
 * True when nothing of a provider account is entered: the inbox then stays without one (an integration delivers its
 * calls through the inbound API, as before voice webhooks existed), and nothing is validated.
 */
export function isBlank(form: VoiceForm): boolean {
  return !form.accountSid.trim() && !form.authToken && !form.authTokenSet && !form.from.trim() && form.menu.length === 0;
}
