import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = chromiumExecutable();
const launchOptions = { executablePath, args: chromiumArgs };

/**
 * End-to-end tests run against one production build (`next build` first; scripts/test.ts does it)
 * served on the embedded database in its own folder, never a remote database.
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A flaky test is a bug to fix, not to retry; a stray test.only must not pass CI with the rest skipped.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  // Every request says it is the store's own test traffic: analytics and experiment results leave it out by default.
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", extraHTTPHeaders: { "x-store-traffic": "test" } },
  projects: [
    // Specs named mobile*.spec.ts run on a phone (Pixel 7: 412 × 839, touch), every other spec on a desktop.
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: [/mobile[\w-]*\.spec\.ts/, /store-wide[\w-]*\.spec\.ts/] },
    { name: "mobile", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /mobile[\w-]*\.spec\.ts/ },
    // Specs named store-wide*.spec.ts change what every shopper sees (an experiment on the checkout):
    // they run on their own, after every other test.
    { name: "store-wide", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /store-wide[\w-]*\.spec\.ts/, dependencies: ["desktop", "mobile"] },
  ],
  webServer: {
    // localhost, not 127.0.0.1: see loopbackHost in scripts/server-runtime.ts.
    command: `npx next start -p ${port} -H localhost`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      DATABASE_URL: "",
      SMTP_URL: "",
      SITE_URL: baseURL,
      // Each admin test signs in with an address of its own: tests running at once must not click each
      // other's sign-in links in the mailbox, and a sign-in link is limited to 5 an hour per address.
      ADMIN_EMAILS: ["admin@juniperlane.example", ...Array.from({ length: 17 }, (_, i) => `ops${i + 1}@juniperlane.example`)].join(","),
      // The first cart reminder a minute after the shopper leaves (e2e/recovery.spec.ts); the others never within a run.
      RECOVERY_DELAYS: "1m,12h,24h",
      // "Text me a reminder" at checkout, into the dev outbox (/dev/sms): no provider keys, whatever the shell has.
      RECOVERY_TEXT_REMINDERS: "on",
      TWILIO_ACCOUNT_SID: "",
      TWILIO_AUTH_TOKEN: "",
      TWILIO_FROM: "",
      // The end-to-end store never talks to Stripe, whatever the developer's shell has set.
      STRIPE_SECRET_KEY: "",
      NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "",
    },
  },
});
