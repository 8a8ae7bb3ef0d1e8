import { describe, expect, it } from 'vitest';
import { passwordProblem, PASSWORD_TOO_COMMON } from '@/lib/auth/password-policy';

describe('the password policy', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordProblem('Xq7#vLm2!pz')).toBe('Use at least 12 characters.');
  });

  it.each(['password1234', 'qwertyuiop123', 'iloveyou12345', '123456789012', 'correcthorse1'])(
    'refuses the common or guessable password %s',
    (password) => {
      expect(passwordProblem(password)).toContain(PASSWORD_TOO_COMMON);
    },
  );

  it('refuses a password made of the user’s own name', () => {
    expect(passwordProblem('bridgetlowe2026', ['Bridget Lowe', 'bridget.lowe@dateline.example'])).toContain(PASSWORD_TOO_COMMON);
  });

  it('accepts long, unusual passwords and passphrases', () => {
    expect(passwordProblem('harbour-lantern-gull-fog-42')).toBeNull();
    expect(passwordProblem('vS9#q2Lk!m4Zr8wT')).toBeNull();
  });

  it('refuses absurdly long input', () => {
    expect(passwordProblem('a'.repeat(129))).toBe('Use at most 128 characters.');
  });
});
