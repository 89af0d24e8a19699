import { describe, expect, it } from 'vitest';
import type { HelpCenterSettings } from './api';
import { cleanHelpCenter, publicPath, validateHelpCenter } from './settingsForm';

const valid: HelpCenterSettings = {
  slug: 'acme', enabled: true, name: null, brandColor: '#2563eb', logoUrl: null, chatInboxId: null, contactInboxId: null,
};

describe('help center settings form', () => {
  it('accepts lower-case slugs with inner hyphens, a hex colour and an https logo', () => {
    expect(validateHelpCenter({ ...valid, slug: 'acme-support-2', logoUrl: 'https://cdn.example.com/logo.png' })).toEqual({});
  });

  it('names each malformed field', () => {
    expect(validateHelpCenter({ ...valid, slug: '-Acme', brandColor: 'red', logoUrl: 'http://example.com/logo.png' }))
      .toEqual({ slug: 'error.slug', brandColor: 'error.color', logoUrl: 'error.logoUrl' });
  });

  it('sends blank optional fields as null and the slug in lower case', () => {
    expect(cleanHelpCenter({ ...valid, slug: ' ACME ', name: '  ', logoUrl: '', chatInboxId: '' }))
      .toEqual({ ...valid, slug: 'acme' });
  });

  it('links the public pages by language tag', () => {
    expect(publicPath('acme', 'zh-Hant')).toBe('/help/acme/zh-Hant');
  });
});
