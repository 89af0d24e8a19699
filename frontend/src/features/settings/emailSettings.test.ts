import { describe, expect, it } from 'vitest';
import { chatForm, chatSettings, emailForm, emailSettings, parseOrigins, validateChat, validateEmail } from './emailSettings';

const stored = {
  email: {
    address: 'support@acme.com', fromName: 'Acme Support', replyTo: 'help@acme.com', signature: 'Acme team',
    imap: { host: 'imap.acme.com', port: 993, tls: 'ssl', username: 'support', folder: 'INBOX', passwordSet: true },
    smtp: { host: 'smtp.acme.com', port: 587, tls: 'starttls', username: 'support', passwordSet: false },
  },
};

describe('email inbox settings', () => {
  it('reads the redacted settings and writes them back without passwords (keeps the stored ones)', () => {
    const form = emailForm(stored);
    expect(form.imap).toMatchObject({ enabled: true, host: 'imap.acme.com', port: '993', passwordSet: true, password: '' });
    expect(form.smtp.passwordSet).toBe(false);
    expect(emailSettings(form)).toEqual({
      address: 'support@acme.com', fromName: 'Acme Support', replyTo: 'help@acme.com', signature: 'Acme team',
      imap: { host: 'imap.acme.com', port: 993, tls: 'ssl', username: 'support', folder: 'INBOX' },
      smtp: { host: 'smtp.acme.com', port: 587, tls: 'starttls', username: 'support' },
    });
  });

  it('sends a typed password, leaves blanks and disabled servers out', () => {
    const form = emailForm({});
    expect(form.imap.enabled).toBe(false);
    form.address = ' desk@acme.com ';
    form.smtp = { ...form.smtp, enabled: true, host: 'smtp.acme.com', username: 'desk', password: 'secret' };
    expect(emailSettings(form)).toEqual({
      address: 'desk@acme.com',
      smtp: { host: 'smtp.acme.com', tls: 'starttls', username: 'desk', password: 'secret' },
    });
  });

  it('checks fields with the API names', () => {
    const form = emailForm(stored);
    form.imap.port = '70000';
    form.imap.host = '';
    form.replyTo = 'nope';
    expect(validateEmail(form)).toEqual({
      'settings.email.imap.port': 'validation.port', 'settings.email.imap.host': 'validation.required',
      'settings.email.replyTo': 'validation.email',
    });
    const fresh = emailForm({});
    fresh.address = 'a@b.co';
    fresh.imap = { ...fresh.imap, enabled: true, host: 'imap.b.co', username: 'a' };
    expect(validateEmail(fresh)).toEqual({ 'settings.email.imap.password': 'validation.required' });
    expect(validateEmail(emailForm(stored))).toEqual({});
  });
});

describe('chat inbox settings', () => {
  it('maps the keys the widget reads', () => {
    const form = chatForm({ allowedOrigins: ['https://a.example'], widgetName: 'Help', preChatForm: true });
    expect(form.allowedOrigins).toBe('https://a.example');
    form.allowedOrigins += '\nhttps://b.example/\n\nhttps://a.example';
    expect(chatSettings(form)).toEqual({ allowedOrigins: ['https://a.example', 'https://b.example'], widgetName: 'Help', preChatForm: true,
      answerBot: { enabled: false, minScore: 1, timeoutMinutes: 10 } });
    expect(parseOrigins('')).toEqual([]);
    expect(validateChat({ ...form, allowedOrigins: 'example.com', widgetColor: 'red' }))
      .toEqual({ 'settings.allowedOrigins': 'validation.origin', 'settings.widgetColor': 'validation.color' });
    expect(validateChat({ ...chatForm({ answerBot: { enabled: true, minScore: 2.5, timeoutMinutes: 5 } }), botMinScore: 'high', botTimeoutMinutes: '0' }))
      .toEqual({ 'settings.answerBot.minScore': 'validation.botScore', 'settings.answerBot.timeoutMinutes': 'validation.botTimeout' });
  });
});
