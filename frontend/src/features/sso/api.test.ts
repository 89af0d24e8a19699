import { describe, expect, it } from 'vitest';
import { ssoFailure } from './api';

describe('ssoFailure', () => {
  it('reads a known reason from the address', () => {
    expect(ssoFailure('?sso_error=unknown_user')).toBe('unknown_user');
    expect(ssoFailure('?x=1&sso_error=id_token')).toBe('id_token');
  });

  it('ignores reasons it cannot explain and addresses without one', () => {
    expect(ssoFailure('?sso_error=<script>')).toBeNull();
    expect(ssoFailure('')).toBeNull();
  });
});
