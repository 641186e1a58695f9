import { createHash, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core (WCAG 2.2 AA) on the page as it is now; any violation fails the test with details. */
export async function expectAccessible(page: Page) {
  // After a server action re-renders the page, React swaps the <title> in a separate step: audit the settled page.
  await page.waitForFunction(() => document.title !== "", undefined, { timeout: 5_000 }).catch(() => {});
  // Sandboxed frames (the dev mailbox's email preview) have an opaque origin axe cannot enter.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).exclude("iframe[sandbox]").analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * A loopback address of the test's own (127.x.y.z), sent as X-Forwarded-For, which the store
 * takes as the client's address. Per-IP limits then count each test (and each run against the
 * same database) apart instead of the whole suite as one client, and the request is still local,
 * so the dev mailbox opens.
 */
const run = randomUUID();
function testClientAddress(testId: string, retry: number): string {
  const [a, b, c] = createHash("sha256").update(`${run}:${testId}:${retry}`).digest();
  return `127.${a}.${b}.${Math.max(c!, 2)}`;
}

/** A test that injects a script on purpose, to see it blocked and reported, says so with this annotation. */
export const expectsBlockedScript = { type: "expects-blocked-script" };

/**
 * `page.visit(path)` navigates and checks accessibility; every test also checks the page it
 * ends on. Together every page a test visits is audited. Every page of the test's browser
 * context is watched for scripts the Content-Security-Policy blocked: one fails the test.
 */
export const test = base.extend<{ visit: (path: string) => Promise<void> }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": testClientAddress(testInfo.testId, testInfo.retry) });
  },
  context: async ({ context }, use, testInfo) => {
    const blocked: string[] = [];
    const watch = (page: Page) =>
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy")) blocked.push(`${page.url()}: ${message.text().slice(0, 300)}`);
      });
    context.pages().forEach(watch);
    context.on("page", watch);
    await use(context);
    if (!testInfo.annotations.some((a) => a.type === expectsBlockedScript.type)) expect(blocked, "scripts blocked by the Content-Security-Policy").toEqual([]);
  },
  visit: async ({ page }, use) => {
    await use(async (path: string) => {
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBeLessThan(400);
      await expectAccessible(page);
    });
  },
  page: async ({ page }, use) => {
    await use(page);
    if (page.url().startsWith("http") && !page.isClosed()) await expectAccessible(page);
  },
});

export { expect };
