import { http } from '../../ui/http';

export interface Me {
  userId: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  displayName: string;
  role: 'AGENT' | 'SUPERVISOR' | 'ADMIN';
}

export const currentUser = () => http<Me>('GET', '/api/v1/auth/me');

export async function login(email: string, password: string): Promise<Me> {
  // The first GET primes the CSRF cookie for the login POST.
  await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
  return http<Me>('POST', '/api/v1/auth/login', { email, password });
}

export const logout = () => http<void>('POST', '/api/v1/auth/logout');
