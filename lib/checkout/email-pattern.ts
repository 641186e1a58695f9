/**
 * The pattern z.email() checks, copied so the browser's checkout doesn't download zod's core for
 * one regular expression; email-pattern.test.ts fails if zod's own pattern changes.
 */
export const emailPattern = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
