import { http } from '../../lib/http';
export const currentUser = () => http('GET', '/api/v1/auth/me');
export async function login(email, password) {
    // The first GET primes the CSRF cookie for the login POST.
    await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
    return http('POST', '/api/v1/auth/login', { email, password });
}
export const logout = () => http('POST', '/api/v1/auth/logout');
const rank = { AGENT: 0, SUPERVISOR: 1, ADMIN: 2 };
/** Whether {@code role} includes the permissions of {@code needed}, as on the server. */
export const includes = (role, needed) => rank[role] >= rank[needed];
