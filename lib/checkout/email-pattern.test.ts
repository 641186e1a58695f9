import { describe, expect, it } from "vitest";
import { regexes, z } from "zod";
import { emailPattern } from "./email-pattern";

describe("emailPattern", () => {
  it("is z.email()'s own pattern", () => {
    expect(emailPattern.source).toBe(regexes.email.source);
    expect(emailPattern.flags).toBe(regexes.email.flags);
  });

  it("agrees with z.email() on typical and odd addresses", () => {
    for (const email of ["ada@example.com", "o'brien+shop@mail.co.uk", "a..b@example.com", ".a@example.com", "a@b", "a@-b.com", "ünï@example.com", "a@example.c"]) {
      expect(emailPattern.test(email), email).toBe(z.email().safeParse(email).success);
    }
  });
});
