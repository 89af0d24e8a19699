import { http } from '../../lib/http';
import type { Role } from '../auth/api';

export interface RoleMappingEntry {
  value: string;
  role: Role;
}

/** A workspace's single sign-on as admins see it; the client secret is never sent back, only whether one is set. */
export interface SsoSettings {
  configured: boolean;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  scopes: string[];
  roleClaim: string;
  roleMapping: RoleMappingEntry[];
  defaultRole: Role;
  justInTimeUsers: boolean;
  emailDomains: string[];
  /** The address to register at the identity provider. */
  redirectUri: string;
}

/** What an admin saves; leave {@code clientSecret} out to keep the stored one. */
export type SsoSettingsChange = Omit<SsoSettings, 'configured' | 'clientSecretSet' | 'redirectUri'> & {
  clientSecret?: string;
};

export interface Discovered {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwkSetUri: string;
}

/** Why a single sign-on came back to the sign-in page (the callback's {@code sso_error}). */
export const SSO_FAILURES = ['state', 'disabled', 'provider', 'token', 'id_token', 'email_unverified', 'unknown_user',
  'inactive', 'throttled'] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

/** The {@code sso_error} of the address, if it is one the sign-in page can explain. */
export function ssoFailure(search: string): SsoFailure | null {
  const value = new URLSearchParams(search).get('sso_error');
  return (SSO_FAILURES as readonly string[]).includes(value ?? '') ? (value as SsoFailure) : null;
}

export const ssoApi = {
  async start(email: string) {
    // The first GET primes the CSRF cookie for the POST.
    await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
    return http<{ authorizationUrl: string }>('POST', '/api/v1/auth/sso/start', { email });
  },
  settings: () => http<SsoSettings>('GET', '/api/v1/workspace/sso'),
  save: (change: SsoSettingsChange) => http<SsoSettings>('PUT', '/api/v1/workspace/sso', change),
  test: (issuer: string) => http<Discovered>('POST', '/api/v1/workspace/sso/test', { issuer }),
};
