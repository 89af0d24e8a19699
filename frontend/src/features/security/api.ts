import { http } from '../../lib/http';

export interface TwoFactorStatus {
  enabled: boolean;
  requiredByWorkspace: boolean;
  recoveryCodesLeft: number;
}
export interface Enrolment {
  secret: string;
  otpauthUri: string;
}
export interface StaffSession {
  id: string;
  userAgent: string | null;
  address: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}
export interface SignInLock {
  userId: string;
  lockedUntil: string;
}

export const securityApi = {
  twoFactor: () => http<TwoFactorStatus>('GET', '/api/v1/auth/two-factor'),
  beginSetup: () => http<Enrolment>('POST', '/api/v1/auth/two-factor/setup', {}),
  confirmSetup: (code: string) => http<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/two-factor/confirm', { code }),
  disable: (code: string) => http<void>('POST', '/api/v1/auth/two-factor/disable', { code }),
  sessions: () => http<StaffSession[]>('GET', '/api/v1/auth/sessions'),
  endSession: (id: string) => http<void>('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`),
  workspaceRule: () => http<{ required: boolean }>('GET', '/api/v1/workspace/two-factor'),
  requireTwoFactor: (required: boolean) => http<{ required: boolean }>('PUT', '/api/v1/workspace/two-factor', { required }),
  signInLocks: () => http<SignInLock[]>('GET', '/api/v1/users/sign-in-locks'),
  memberSessions: (userId: string) => http<StaffSession[]>('GET', `/api/v1/users/${encodeURIComponent(userId)}/sessions`),
  resetTwoFactor: (userId: string) => http<void>('DELETE', `/api/v1/users/${encodeURIComponent(userId)}/two-factor`),
  endAllSessions: (userId: string) => http<void>('DELETE', `/api/v1/users/${encodeURIComponent(userId)}/sessions`),
  unlock: (userId: string) => http<void>('DELETE', `/api/v1/users/${encodeURIComponent(userId)}/sign-in-lock`),
};
