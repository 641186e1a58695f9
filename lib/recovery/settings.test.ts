import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { store } from "@/lib/store/config";
import { delayEnvSchema } from "./delays";
import { isTimeZone, parseRecoverySettings } from "./settings";

const minute = 60_000;
const hour = 60 * minute;

describe("RECOVERY_DELAYS", () => {
  it("reads a comma list of durations in ms notation", () => {
    expect(delayEnvSchema.parse("1h,24h,72h")).toEqual([hour, 24 * hour, 72 * hour]);
    expect(delayEnvSchema.parse("2m, 4m, 6m")).toEqual([2 * minute, 4 * minute, 6 * minute]);
    expect(delayEnvSchema.parse("5s,1h,2h")).toEqual([5_000, hour, 2 * hour]);
    expect(delayEnvSchema.parse("90m,3 days")).toEqual([90 * minute, 3 * 24 * hour]);
    expect(delayEnvSchema.parse("1h")).toEqual([hour]);
  });

  it.each([
    ["", /not a duration/],
    ["1h,,2h", /not a duration/],
    ["soon", /"soon" is not a duration/],
    ["3600", /"3600" is not a duration/],
    ["0s,1h", /"0s" is not a duration/],
    ["-1h,2h", /not a duration/],
    ["24h,1h", /longer than the one before/],
    ["1h,1h", /longer than the one before/],
  ])("refuses %j", (value, message) => {
    const parsed = delayEnvSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join("\n")).toMatch(message);
  });

  it("is optional, and a bad value stops the start with the variable named", () => {
    expect(parseEnv({}).RECOVERY_DELAYS).toBeUndefined();
    expect(parseEnv({ RECOVERY_DELAYS: "" }).RECOVERY_DELAYS).toBeUndefined();
    expect(parseEnv({ RECOVERY_DELAYS: "2m,4m,6m" }).RECOVERY_DELAYS).toEqual([2 * minute, 4 * minute, 6 * minute]);
    expect(() => parseEnv({ RECOVERY_DELAYS: "1h,2x" })).toThrowError(/RECOVERY_DELAYS[.\d]*: "2x" is not a duration such as 90m, 1h or 3d/);
  });
});

describe("recovery settings", () => {
  it("take the store's config, with the environment's delays over its own", () => {
    const settings = parseRecoverySettings(store.recovery, "America/Los_Angeles");
    expect(settings).toMatchObject({ delays: [hour, 24 * hour, 72 * hour], withoutConsent: "first-reminder", quietHours: { from: "21:00", to: "08:00" } });
    expect(parseRecoverySettings(store.recovery, "America/Los_Angeles", [2 * minute, 4 * minute]).delays).toEqual([2 * minute, 4 * minute]);
  });

  it("carry the staff alert (E6) and the webhook endpoints from the environment", () => {
    const settings = parseRecoverySettings(store.recovery, "America/Los_Angeles", undefined, ["https://hooks.example.com/in"]);
    expect(settings.staffAlert).toEqual({ minimum: { USD: 20_000 }, to: store.contact.email });
    expect(settings.webhookUrls).toEqual(["https://hooks.example.com/in"]);
    expect(parseRecoverySettings({ ...store.recovery, staffAlert: null } as never, "America/Los_Angeles").staffAlert).toBeNull();
    expect(() => parseRecoverySettings({ ...store.recovery, staffAlert: { minimum: { usd: 100 }, to: "staff" } } as never, "UTC")).toThrowError(/recovery\.staffAlert/);
  });

  it("refuse a bad config with one clear error", () => {
    const bad = { ...store.recovery, delays: ["2h", "1h"], quietHours: { from: "9pm", to: "08:00" }, withoutConsent: "always" };
    expect(() => parseRecoverySettings(bad, "Mars/Olympus")).toThrowError(
      /recovery\.delays: each delay must be longer[\s\S]*recovery\.withoutConsent[\s\S]*recovery\.quietHours\.from: must be HH:MM[\s\S]*recovery\.storeTimeZone/,
    );
  });

  it("know a time zone from a made-up one", () => {
    expect(isTimeZone("Asia/Tehran")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
