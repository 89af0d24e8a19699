import { describe, expect, it } from 'vitest';
import { isMessagingChannel, renderTemplate, templateComplete, templateMetadata } from './messaging';

const template = { name: 'order_update', language: 'en', body: 'Your order {{1}} has {{2}}.', variables: 2 };

describe('WhatsApp templates', () => {
  it('fills the numbered variables and keeps the empty ones visible', () => {
    expect(renderTemplate(template.body, ['A-1', 'shipped'])).toBe('Your order A-1 has shipped.');
    expect(renderTemplate(template.body, ['A-1', ' '])).toBe('Your order A-1 has {{2}}.');
  });

  it('is complete only with every variable filled', () => {
    expect(templateComplete({ template, variables: ['A-1', 'shipped'] })).toBe(true);
    expect(templateComplete({ template, variables: ['A-1', ''] })).toBe(false);
    expect(templateComplete({ template, variables: ['A-1'] })).toBe(false);
  });

  it('sends the template by name and language with trimmed variables', () => {
    expect(templateMetadata({ template, variables: [' A-1 ', 'shipped'] })).toEqual({
      whatsapp: { template: { name: 'order_update', language: 'en', variables: ['A-1', 'shipped'] } },
    });
  });
});

describe('Messaging channels', () => {
  it('covers SMS, WhatsApp, Messenger and Instagram conversations', () => {
    expect(['SMS', 'WHATSAPP', 'MESSENGER', 'INSTAGRAM'].every(isMessagingChannel)).toBe(true);
    expect(isMessagingChannel('EMAIL')).toBe(false);
  });
});
