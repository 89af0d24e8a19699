import { http } from '../../lib/http';

export type Role = 'AGENT' | 'SUPERVISOR' | 'ADMIN';

export interface Me {
  userId: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  displayName: string;
  role: Role;
  locale?: string | null;
  timezone?: string | null;
  operator?: boolean;
  twoFactorEnabled?: boolean;
  /** The workspace requires two-factor sign-in and this member has not set it up: nothing else works until then. */
  twoFactorSetupRequired?: boolean;
}

/** The answer to a right password when a code from the authenticator app must follow. */
export interface SecondFactorRequired {
  twoFactorRequired: true;
}

export const needsSecondFactor = (answer: Me | SecondFactorRequired): answer is SecondFactorRequired =>
  'twoFactorRequired' in answer && answer.twoFactorRequired === true;

export const currentUser = () => http<Me>('GET', '/api/v1/auth/me');

export async function login(email: string, password: string): Promise<Me | SecondFactorRequired> {
  // The first GET primes the CSRF cookie for the login POST.
  await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
  return http<Me | SecondFactorRequired>('POST', '/api/v1/auth/login', { email, password });
}

/** The second step of a sign-in: a code from the authenticator app or a recovery code. */
export const loginWithCode = (code: string) => http<Me>('POST', '/api/v1/auth/login/two-factor', { code });

export const logout = () => http<void>('POST', '/api/v1/auth/logout');

const rank: Record<Role, number> = { AGENT: 0, SUPERVISOR: 1, ADMIN: 2 };
/** Whether {@code role} includes the permissions of {@code needed}, as on the server. */
export const includes = (role: Role, needed: Role) => rank[role] >= rank[needed];
