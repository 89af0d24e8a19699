import { describe, expect, it } from 'vitest';
import { attributeConditions, formatSkills, formatWait, overCapacity, parseAttributes, parseSkills, ruleConditions, secondsLeft, showsInPopup } from './api';

describe('routing helpers', () => {
  it('counts down whole seconds to the expiry and stops at zero', () => {
    const expiresAt = '2026-11-25T10:00:20.000Z';
    expect(secondsLeft(expiresAt, Date.parse('2026-11-25T10:00:00.000Z'))).toBe(20);
    expect(secondsLeft(expiresAt, Date.parse('2026-11-25T10:00:19.100Z'))).toBe(1);
    expect(secondsLeft(expiresAt, Date.parse('2026-11-25T10:00:25.000Z'))).toBe(0);
  });

  it('reads skills typed as name:level and writes them back the same way', () => {
    const skills = parseSkills(' Billing:4, spanish : 2, broken, :3, x:high');
    expect(skills).toEqual({ billing: 4, spanish: 2 });
    expect(formatSkills(skills)).toBe('billing:4, spanish:2');
  });

  it('shows waits as minutes and seconds, with hours when long', () => {
    expect(formatWait(0)).toBe('0:00');
    expect(formatWait(305)).toBe('5:05');
    expect(formatWait(3725)).toBe('1:02:05');
  });

  it('pops up pushed and transferred offers, never pulled ones', () => {
    expect(showsInPopup({ mode: 'PUSH' })).toBe(true);
    expect(showsInPopup({ mode: 'TRANSFER' })).toBe(true);
    expect(showsInPopup({ mode: 'PULL' })).toBe(false);
  });

  it('flags a kind of channel or the total only when the load is above the capacity', () => {
    const capacity = { chat: 2, email: 5, messaging: 5, voice: 1, total: 6 };
    const load = { chat: 3, email: 0, messaging: 0, voice: 1, total: 4 };
    expect(overCapacity(load, capacity, 'chat')).toBe(true);
    expect(overCapacity(load, capacity, 'voice')).toBe(false);
    expect(overCapacity(load, capacity, 'total')).toBe(false);
  });

  it('reads sample attributes typed as key=value, numbers as numbers, and drops incomplete entries', () => {
    expect(parseAttributes(' topic = billing, seats=5, ratio=0.5, note=a=b, =x, empty=, plan')).toEqual({
      topic: 'billing', seats: 5, ratio: 0.5, note: 'a=b',
    });
    expect(parseAttributes('')).toEqual({});
  });

  it('lists a rule\'s conditions with its tier and attributes', () => {
    const rule = { id: 'r', queueId: 'q', position: 1, channel: 'chat', inboxId: null, language: null, tag: null,
      priority: null, tier: 'vip', attributes: { topic: 'Billing' } };
    expect(ruleConditions(rule, (field) => field.toUpperCase())).toEqual(['CHANNEL: chat', 'TIER: vip', 'attributes.topic = Billing']);
  });
});

describe('ruleConditions order', () => {
  it('lists attribute conditions by key whatever order the server sent them in', () => {
    const rule = { id: 'r', queueId: 'q', position: 1, channel: null, inboxId: null, language: null, tag: null, priority: null,
      tier: null, attributes: { topic: 'Billing', region: 'apac' } };
    expect(ruleConditions(rule, (field) => field)).toEqual(['attributes.region = apac', 'attributes.topic = Billing']);
  });
});

describe('attributeConditions', () => {
  it('keeps the filled rows, trimmed, and drops blank keys', () => {
    expect(attributeConditions([{ key: ' topic ', value: ' Billing ' }, { key: 'contact.segment', value: 'SMB' }, { key: ' ', value: 'x' }]))
      .toEqual({ topic: 'Billing', 'contact.segment': 'SMB' });
    expect(attributeConditions([{ key: '', value: '' }])).toEqual({});
  });
});
