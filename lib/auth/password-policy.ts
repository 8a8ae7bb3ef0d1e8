import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

// zxcvbn's dictionaries hold tens of thousands of the most common passwords, names and words; a password it can
// guess quickly (score below 3) is refused with its own advice.
let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

export const PASSWORD_TOO_COMMON = 'This password is too common or too easy to guess.';

/** Why a new password is refused, or null when it is acceptable. `context` holds the user's own name and email. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  // The user's own words, alone and run together ("Bridget Lowe" → bridget, lowe, bridgetlowe).
  const personal = context
    .flatMap((text) => {
      const words = text.toLowerCase().split('@')[0]!.split(/[^\p{L}\p{N}]+/u);
      return [...words, words.join('')];
    })
    .filter((w) => w.length >= 3);
  const result = zxcvbn().check(password, personal);
  if (result.score >= 3) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return advice ? `${PASSWORD_TOO_COMMON} ${advice}` : PASSWORD_TOO_COMMON;
}

/** A zod field for a new password, checked against the policy. */
export const newPasswordField = z
  .string()
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
