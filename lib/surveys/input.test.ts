import { describe, expect, it } from "vitest";
import { checkEffortAnswer, checkExitAnswer, cleanComment } from "./input";
import { exitReasons, isExitSurveyPage } from "./reasons";
import { surveySettings } from "./settings";

describe("survey comments", () => {
  it("strips control and bidi override characters, keeps line breaks, tabs and Persian joiners", () => {
    expect(cleanComment("a\u0000b\u0007c\r\nd\te\u202Ef\u2066g\u0085")).toEqual({ ok: true, comment: "abc\nd\tefg", cleaned: true });
    expect(cleanComment("می\u200Cخواستم \u200Fپی‌پال")).toEqual({ ok: true, comment: "می\u200Cخواستم \u200Fپی‌پال", cleaned: false });
  });

  it("treats blank or missing comments as none", () => {
    expect(cleanComment("   \n\u0000 ")).toMatchObject({ ok: true, comment: null });
    expect(cleanComment(undefined)).toMatchObject({ ok: true, comment: null });
    expect(cleanComment(42)).toMatchObject({ ok: true, comment: null });
  });

  it("allows 500 characters counted as code points, refuses 501 and a 50 kB paste", () => {
    expect(cleanComment("😀".repeat(500))).toMatchObject({ ok: true });
    expect(cleanComment("a".repeat(501))).toEqual({ ok: false, problem: "too_long", length: 501 });
    expect(cleanComment("a".repeat(50_000))).toEqual({ ok: false, problem: "too_long", length: 50_000 });
    // Control characters do not count once stripped.
    expect(cleanComment("a".repeat(500) + "\u0000".repeat(10))).toMatchObject({ ok: true });
  });
});

describe("exit and effort answers", () => {
  it("accepts every reason of the list on the cart and each checkout section", () => {
    expect(exitReasons).toHaveLength(12);
    for (const reason of exitReasons) expect(checkExitAnswer({ reason, page: "checkout:payment", comment: "" })).toMatchObject({ ok: true, value: { reason } });
    expect(["cart", "checkout:contact", "checkout:address", "checkout:delivery", "checkout:payment"].every(isExitSurveyPage)).toBe(true);
    expect(["checkout", "checkout:review", "admin", "", null].some(isExitSurveyPage)).toBe(false);
  });

  it("names every problem at once", () => {
    expect(checkExitAnswer({ reason: "cheaper elsewhere", page: "home", comment: "x".repeat(600) })).toEqual({
      ok: false,
      problems: [
        { field: "reason", code: "choose_reason" },
        { field: "page", code: "unknown_page" },
        { field: "comment", code: "too_long", length: 600 },
      ],
    });
  });

  it("takes whole scores 1 to 7 only", () => {
    expect(checkEffortAnswer({ score: "7", comment: null })).toEqual({ ok: true, value: { score: 7, comment: null }, cleaned: false });
    expect(checkEffortAnswer({ score: " 1 ", comment: "ok" })).toMatchObject({ ok: true, value: { score: 1, comment: "ok" } });
    for (const score of ["0", "8", "2.5", "", "seven", null, "1e1"]) expect(checkEffortAnswer({ score, comment: null }), String(score)).toMatchObject({ ok: false, problems: [{ field: "score" }] });
  });
});

describe("survey settings", () => {
  it("are on by default and follow store.surveys when it has booleans", () => {
    expect(surveySettings({})).toEqual({ exit: true, effort: true });
    expect(surveySettings({ surveys: { exit: false } })).toEqual({ exit: false, effort: true });
    expect(surveySettings({ surveys: { exit: true, effort: false } })).toEqual({ exit: true, effort: false });
    expect(surveySettings({ surveys: { exit: "no", effort: 0 } })).toEqual({ exit: true, effort: true });
    expect(surveySettings()).toEqual({ exit: expect.any(Boolean), effort: expect.any(Boolean) });
  });
});
