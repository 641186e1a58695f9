import { describe, expect, it } from "vitest";
import { quietHoursEnd } from "./quiet-hours";

const night = { from: "21:00", to: "08:00" };

describe("quiet hours", () => {
  it("are none outside the span", () => {
    expect(quietHoursEnd(new Date("2026-06-10T12:00:00Z"), "UTC", night)).toBeNull();
    expect(quietHoursEnd(new Date("2026-06-10T20:59:59Z"), "UTC", night)).toBeNull();
    expect(quietHoursEnd(new Date("2026-06-10T08:00:00Z"), "UTC", night)).toBeNull();
  });

  it("end the next morning in the evening, the same morning after midnight", () => {
    expect(quietHoursEnd(new Date("2026-06-10T21:00:00Z"), "UTC", night)).toEqual(new Date("2026-06-11T08:00:00Z"));
    expect(quietHoursEnd(new Date("2026-06-11T03:00:00Z"), "UTC", night)).toEqual(new Date("2026-06-11T08:00:00Z"));
    // Over a month's end.
    expect(quietHoursEnd(new Date("2026-06-30T23:30:00Z"), "UTC", night)).toEqual(new Date("2026-07-01T08:00:00Z"));
  });

  it("are kept in the shopper's zone, not the server's", () => {
    // 14:00 UTC is 23:00 in Tokyo (UTC+9): quiet until 08:00 there, 23:00 UTC.
    expect(quietHoursEnd(new Date("2026-06-10T14:00:00Z"), "Asia/Tokyo", night)).toEqual(new Date("2026-06-10T23:00:00Z"));
    // Tehran is UTC+3:30 all year: 19:00 UTC is 22:30 there.
    expect(quietHoursEnd(new Date("2026-06-10T19:00:00Z"), "Asia/Tehran", night)).toEqual(new Date("2026-06-11T04:30:00Z"));
    // 14:00 UTC is 07:00 in Los Angeles (PDT): an hour to go; 20:00 UTC is 13:00 there.
    expect(quietHoursEnd(new Date("2026-06-10T14:00:00Z"), "America/Los_Angeles", night)).toEqual(new Date("2026-06-10T15:00:00Z"));
    expect(quietHoursEnd(new Date("2026-06-10T20:00:00Z"), "America/Los_Angeles", night)).toBeNull();
  });

  it("end at the local time on a night the clocks change", () => {
    // Los Angeles springs forward on 8 March 2026 (PST −8 → PDT −7): 22:00 PST is 06:00 UTC; 08:00 PDT is 15:00 UTC.
    expect(quietHoursEnd(new Date("2026-03-08T06:00:00Z"), "America/Los_Angeles", night)).toEqual(new Date("2026-03-08T15:00:00Z"));
    // And falls back on 1 November 2026 (PDT → PST): 22:00 PDT is 05:00 UTC; 08:00 PST is 16:00 UTC.
    expect(quietHoursEnd(new Date("2026-11-01T05:00:00Z"), "America/Los_Angeles", night)).toEqual(new Date("2026-11-01T16:00:00Z"));
    // Berlin's spring change is at 02:00 local, inside the night: 23:00 CET (22:00 UTC) → 08:00 CEST (06:00 UTC).
    expect(quietHoursEnd(new Date("2026-03-28T22:00:00Z"), "Europe/Berlin", night)).toEqual(new Date("2026-03-29T06:00:00Z"));
  });

  it("may lie within one day, and none when the span is empty", () => {
    const siesta = { from: "13:00", to: "16:00" };
    expect(quietHoursEnd(new Date("2026-06-10T14:00:00Z"), "UTC", siesta)).toEqual(new Date("2026-06-10T16:00:00Z"));
    expect(quietHoursEnd(new Date("2026-06-10T20:00:00Z"), "UTC", siesta)).toBeNull();
    expect(quietHoursEnd(new Date("2026-06-10T23:00:00Z"), "UTC", { from: "00:00", to: "00:00" })).toBeNull();
  });
});
