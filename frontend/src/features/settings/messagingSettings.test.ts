import { describe, expect, it } from 'vitest';
import { messagingForm, messagingSettings, partOf, validateMessaging } from './messagingSettings';

describe('SMS and WhatsApp inbox settings', () => {
  it('never shows a stored credential and keeps it when left empty', () => {
    const form = messagingForm('sms', { sms: { accountSid: 'AC1', from: '+15550001111', authTokenSet: true } });

    expect(form.values.authToken).toBe('');
    expect(form.set.authToken).toBe(true);
    expect(validateMessaging('sms', form)).toEqual({});
    expect(messagingSettings('sms', form)).toEqual({ accountSid: 'AC1', from: '+15550001111' });
  });

  it('requires the credentials of a new inbox and a number in international format', () => {
    const form = messagingForm('sms', {});
    form.values.accountSid = 'AC1';
    form.values.from = '5550001111';

    expect(validateMessaging('sms', form)).toEqual({
      'settings.sms.authToken': 'validation.required', 'settings.sms.from': 'validation.phone',
    });
  });

  it('saves WhatsApp templates without empty rows', () => {
    const form = messagingForm('whatsapp', { whatsapp: {
      phoneNumberId: '1', accessTokenSet: true, appSecretSet: true, verifyTokenSet: true,
      templates: [{ name: 'order_update', language: 'en', body: 'Order {{1}}' }],
    } });
    form.templates.push({ name: '', language: '', body: '' });

    expect(validateMessaging('whatsapp', form)).toEqual({});
    expect(messagingSettings('whatsapp', form)).toEqual({
      phoneNumberId: '1', templates: [{ name: 'order_update', language: 'en', body: 'Order {{1}}' }],
    });
  });
});

describe('Messenger and Instagram inbox settings', () => {
  it('shows the verify token, hides the page token and sends only what was typed', () => {
    const form = messagingForm('messenger', { messenger: {
      pageId: '104556132408981', pageAccessTokenSet: true, appSecretSet: true, verifyToken: 'generated-token',
      apiBaseUrl: 'https://graph.facebook.com', apiVersion: 'v21.0',
    } });

    expect(form.values.verifyToken).toBe('generated-token');
    expect(form.values.pageAccessToken).toBe('');
    expect(validateMessaging('messenger', form)).toEqual({});
    expect(messagingSettings('messenger', form)).toEqual({
      pageId: '104556132408981', verifyToken: 'generated-token', apiBaseUrl: 'https://graph.facebook.com', apiVersion: 'v21.0',
    });
  });

  it('requires the Instagram account and its credentials but no verify token', () => {
    expect(validateMessaging('instagram', messagingForm('instagram', {}))).toEqual({
      'settings.instagram.accountId': 'validation.required',
      'settings.instagram.pageAccessToken': 'validation.required',
      'settings.instagram.appSecret': 'validation.required',
    });
    expect(partOf('INSTAGRAM')).toBe('instagram');
    expect(partOf('MESSENGER')).toBe('messenger');
    expect(partOf('VOICE')).toBeNull();
  });
});
