import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { parseCspReports, purgeOldCspReports, recentCspReports, recordCspViolations } from "@/lib/security/csp-reports";
import { testDatabases } from "../support/databases";

const legacy = (page: string, blocked = "inline", sample?: string) =>
  JSON.stringify({ "csp-report": { "document-uri": page, "effective-directive": "script-src-elem", "blocked-uri": blocked, ...(sample ? { "script-sample": sample } : {}) } });

describe("parseCspReports", () => {
  it("reads both report formats and keeps no query strings", () => {
    expect(parseCspReports(legacy("https://shop.example/en/cart?token=secret", "https://evil.example/x.js?id=1"))).toEqual({
      ok: true,
      violations: [{ directive: "script-src-elem", blocked: "https://evil.example/x.js", page: "/en/cart", sample: null }],
    });
    const modern = [
      { type: "csp-violation", body: { documentURL: "https://shop.example/en?utm=x", effectiveDirective: "frame-src", blockedURL: "https://frames.example/a", sample: "" } },
      { type: "deprecation", body: { documentURL: "https://shop.example/en" } },
    ];
    expect(parseCspReports(JSON.stringify(modern))).toEqual({
      ok: true,
      violations: [{ directive: "frame-src", blocked: "https://frames.example/a", page: "/en", sample: null }],
    });
  });

  it("refuses what is not a report with what was wrong", () => {
    expect(parseCspReports("alert(1)")).toEqual({ ok: false, problem: "The body is not JSON." });
    for (const body of ["{}", "[1,2]", '{"csp-report": {"document-uri": 5}}', '{"__proto__": {"polluted": true}}', "null"]) {
      expect(parseCspReports(body), body).toMatchObject({ ok: false, problem: expect.stringContaining("Expected a CSP violation report") });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe.each(testDatabases())("CSP reports on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => handle?.close());

  it("counts alike reports of a day on one row, newest first, and drops them after 30 days", async () => {
    const now = new Date("2031-03-04T10:00:00Z");
    const report = (page: string, sample?: string) => {
      const parsed = parseCspReports(legacy(`https://shop.example${page}`, "inline", sample));
      if (!parsed.ok) throw new Error(parsed.problem);
      return parsed.violations;
    };
    await recordCspViolations(handle.db, report("/en/p/a", "alert(1)"), { now });
    await recordCspViolations(handle.db, report("/en/p/a"), { now: new Date(now.getTime() + 1000) });
    await recordCspViolations(handle.db, report("/en/cart"), { now: new Date(now.getTime() + 2000) });
    const rows = await recentCspReports(handle.db, { now: new Date(now.getTime() + 3000) });
    expect(rows.map((row) => [row.page, row.count, row.sample])).toEqual([
      ["/en/cart", 1, null],
      ["/en/p/a", 2, "alert(1)"],
    ]);
    expect(await purgeOldCspReports(handle.db, { now: new Date(now.getTime() + 31 * 86_400_000) })).toBe(2);
  });

  it("keeps at most 500 distinct violations a day; past that only the counts of known ones grow", async () => {
    const now = new Date("2031-05-06T10:00:00Z");
    const violations = Array.from({ length: 520 }, (_, i) => ({ directive: "script-src-elem", blocked: "inline", page: `/en/flood/${i}`, sample: null }));
    expect(await recordCspViolations(handle.db, violations, { now })).toBe(500);
    expect(await recordCspViolations(handle.db, [violations[0]!], { now })).toBe(1);
    const rows = await recentCspReports(handle.db, { now, limit: 1000 });
    expect(rows).toHaveLength(500);
    expect(rows.find((row) => row.page === "/en/flood/0")?.count).toBe(2);
  });
});
