import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../lib/http';
import {
  absoluteUrl, inboxSettings, parseOptions, serverFieldErrors, unknownVariables, validateAttribute, validateCanned,
  validateInbox, validateInvite, validatePassword, validateWebhook,
} from './forms';
import { canOpen, visibleSections } from './sections';

describe('visibleSections', () => {
  it('shows agents only their own sections', () => {
    expect(visibleSections('AGENT')).toEqual(['profile', 'security', 'canned', 'tokens']);
  });

  it('adds teams and tags for supervisors', () => {
    expect(visibleSections('SUPERVISOR')).toEqual(['profile', 'security', 'teams', 'canned', 'tags', 'tokens']);
  });

  it('shows admins everything', () => {
    expect(visibleSections('ADMIN')).toHaveLength(15);
    expect(canOpen('ADMIN', 'help-center')).toBe(true);
    expect(canOpen('SUPERVISOR', 'help-center')).toBe(false);
    expect(canOpen('ADMIN', 'audit')).toBe(true);
    expect(canOpen('SUPERVISOR', 'users')).toBe(false);
    expect(canOpen('ADMIN', 'nonsense')).toBe(false);
    expect(canOpen('ADMIN', 'sla-policies')).toBe(true);
    expect(canOpen('SUPERVISOR', 'sla-policies')).toBe(false);
  });
});

describe('form validation', () => {
  it('checks invitations', () => {
    expect(validateInvite({ email: '', displayName: 'x' })).toEqual({ email: 'validation.required' });
    expect(validateInvite({ email: 'no-at', displayName: ' ' })).toEqual({ email: 'validation.email', displayName: 'validation.required' });
    expect(validateInvite({ email: 'a@b.co', displayName: 'A' })).toEqual({});
  });

  it('checks passwords', () => {
    expect(validatePassword('short', 'short')).toEqual({ password: 'validation.passwordLength' });
    expect(validatePassword('long enough 1', 'long enough 2')).toEqual({ confirm: 'validation.passwordMatch' });
    expect(validatePassword('long enough 1', 'long enough 1')).toEqual({});
  });

  it('checks canned responses', () => {
    expect(validateCanned({ shortcut: 'has space', title: 't', body: 'b' })).toEqual({ shortcut: 'validation.shortcut' });
    expect(validateCanned({ shortcut: 'thanks', title: '', body: '' })).toEqual({ title: 'validation.required', body: 'validation.required' });
  });

  it('checks attribute definitions', () => {
    expect(validateAttribute({ key: 'Order', label: 'Order', type: 'TEXT', options: [] })).toEqual({ key: 'validation.attributeKey' });
    expect(validateAttribute({ key: 'plan', label: 'Plan', type: 'LIST', options: [] })).toEqual({ options: 'validation.options' });
    expect(validateAttribute({ key: 'plan_2', label: 'Plan', type: 'LIST', options: ['a'] })).toEqual({});
  });

  it('parses list options', () => {
    expect(parseOptions('gold, silver\n gold \n\nbronze')).toEqual(['gold', 'silver', 'bronze']);
  });

  it('checks webhooks', () => {
    expect(validateWebhook({ url: 'ftp://x', eventTypes: [] })).toEqual({ url: 'validation.url', eventTypes: 'validation.eventTypes' });
    expect(validateWebhook({ url: 'https://hooks.example.com/x', eventTypes: ['*'] })).toEqual({});
  });

  it('checks the settings each channel needs', () => {
    expect(validateInbox({ name: 'Mail', channel: 'EMAIL', settings: {} })).toEqual({ 'settings.address': 'validation.required' });
    expect(validateInbox({ name: 'Mail', channel: 'EMAIL', settings: { address: 'x' } })).toEqual({ 'settings.address': 'validation.email' });
    expect(validateInbox({ name: 'SMS', channel: 'SMS', settings: { phoneNumber: '+1 (415) 555-0100' } })).toEqual({});
    expect(validateInbox({ name: 'Call', channel: 'VOICE', settings: { phoneNumber: '555' } })).toEqual({ 'settings.phoneNumber': 'validation.phone' });
    expect(validateInbox({ name: 'Chat', channel: 'CHAT', settings: { widgetName: 'Help', widgetColor: 'red' } }))
      .toEqual({ 'settings.widgetColor': 'validation.color' });
    expect(validateInbox({ name: '', channel: 'API', settings: {} })).toEqual({ name: 'validation.required' });
  });

  it('merges channel settings over stored ones and normalises phone numbers', () => {
    expect(inboxSettings('SMS', { phoneNumber: '+1 415 555 0100' }, { provider: 'x', phoneNumber: '+1' }))
      .toEqual({ provider: 'x', phoneNumber: '+14155550100' });
    expect(inboxSettings('CHAT', { widgetName: 'Help', widgetColor: '' }, { widgetColor: '#000000' })).toEqual({ widgetName: 'Help' });
  });
});

describe('helpers', () => {
  it('reads server field errors', () => {
    const error = new ProblemError(400, 'Bad Request', 'invalid', [{ field: 'email', message: 'taken' }, { field: 'email', message: 'x' }]);
    expect(serverFieldErrors(error)).toEqual({ email: 'taken' });
    expect(serverFieldErrors(new Error('x'))).toEqual({});
    const named = new ProblemError(400, 'Bad', undefined, [{ field: 'targets.RESOLUTION', message: 'targets.RESOLUTION must be at most 365 days' }]);
    expect(serverFieldErrors(named)).toEqual({ 'targets.RESOLUTION': 'must be at most 365 days' });
  });

  it('finds unknown template variables', () => {
    expect(unknownVariables('Hi {{contact.name}}, {{ agent.name }} here; {{contact.nmae}}')).toEqual(['{{contact.nmae}}']);
  });

  it('makes invitation links absolute', () => {
    expect(absoluteUrl('/invite/abc', 'https://help.example.com')).toBe('https://help.example.com/invite/abc');
  });
});
