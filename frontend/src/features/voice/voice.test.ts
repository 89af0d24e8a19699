import { describe, expect, it } from 'vitest';
import { duration, isLive, type Call } from './api';
import { isBlank, nextDigit, validateVoice, voiceForm, voiceSettings } from './voiceSettings';

describe('voice settings form', () => {
  const stored = {
    voice: {
      accountSid: 'AC1', authTokenSet: true, from: '+15550001111', apiBaseUrl: 'https://api.twilio.com', language: 'ko',
      callbackDigit: '*', voicemailAfterSeconds: 120, menu: [{ digit: '1', label: 'Billing', queueId: 'q1' }],
    },
  };

  it('keeps a stored token when none is typed and sends the menu', () => {
    const form = voiceForm(stored);
    expect(validateVoice(form)).toEqual({});
    const saved = voiceSettings(form);
    expect(saved).not.toHaveProperty('authToken');
    expect(saved).toMatchObject({ accountSid: 'AC1', language: 'ko', voicemailAfterSeconds: 120,
      menu: [{ digit: '1', label: 'Billing', queueId: 'q1' }] });
  });

  it('refuses a repeated digit, the callback key as a choice and a choice without a queue', () => {
    const form = voiceForm(stored);
    form.menu = [...form.menu, { digit: '1', label: 'Again', queueId: '' }];
    expect(validateVoice(form)).toEqual({
      'settings.voice.menu[1].digit': 'validation.digit', 'settings.voice.menu[1].queueId': 'validation.required',
    });
    expect(nextDigit(form.menu, '*')).toBe('2');
  });

  it('needs a token for a new account, and nothing when no account is entered', () => {
    const form = voiceForm({});
    expect(isBlank(form)).toBe(true);
    expect(validateVoice({ ...form, accountSid: 'AC1' })).toMatchObject({ 'settings.voice.authToken': 'validation.required' });
    expect(isBlank(voiceForm(stored))).toBe(false);
  });
});

describe('call durations', () => {
  it('reads as minutes and seconds, hours when long', () => {
    expect(duration(65)).toBe('1:05');
    expect(duration(3725)).toBe('1:02:05');
    expect(duration(null)).toBe('–');
  });

  it('counts ringing, connected and on hold as live', () => {
    const call = { state: 'ON_HOLD' } as Call;
    expect(isLive(call)).toBe(true);
    expect(isLive({ ...call, state: 'ENDED' })).toBe(false);
  });
});
