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
}

export const currentUser = () => http<Me>('GET', '/api/v1/auth/me');

export async function login(email: string, password: string): Promise<Me> {
  // The first GET primes the CSRF cookie for the login POST.
  await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
  return http<Me>('POST', '/api/v1/auth/login', { email, password });
}

export const logout = () => http<void>('POST', '/api/v1/auth/logout');

const rank: Record<Role, number> = { AGENT: 0, SUPERVISOR: 1, ADMIN: 2 };
/** Whether {@code role} includes the permissions of {@code needed}, as on the server. */
export const includes = (role: Role, needed: Role) => rank[role] >= rank[needed];
