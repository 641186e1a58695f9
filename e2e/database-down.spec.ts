import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { shirt } from "./catalog";
import { expect, test } from "./fixtures";

/**
 * A second production server on the same build whose PostgreSQL is down (nothing listens on port
 * 1): it must fail fast with the store's own pages and stop promptly when asked.
 */
test.describe.configure({ mode: "serial" });

let server: ChildProcess;
let origin: string;
let output = "";

/** A port nothing listens on now (other stores may run on this machine). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/juniper",
      SITE_URL: origin,
      SMTP_URL: "",
      STRIPE_SECRET_KEY: "",
      NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await expect
    .poll(async () => fetch(`${origin}/api/health`).then((r) => r.status, () => 0), { timeout: 30_000, intervals: [250] })
    .toBe(503);
});

test.afterAll(async () => {
  if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
});

test("the health check says 503 at once", async () => {
  const started = Date.now();
  const response = await fetch(`${origin}/api/health`);
  expect(Date.now() - started).toBeLessThan(1_500);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ status: "error", database: { kind: "postgres", status: "down" } });
});

test("a page fails within 3 s with the store's own error page", async ({ page }) => {
  const path = `/en/p/${shirt.slug}`;
  // The first request loads the page's code; the second shows what a shopper meets from then on.
  await fetch(`${origin}${path}`);
  const started = Date.now();
  const answer = await fetch(`${origin}${path}`);
  expect(Date.now() - started, output).toBeLessThan(3_000);
  expect(answer.status).toBe(500);

  await page.goto(`${origin}${path}`);
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page).toHaveTitle("Something went wrong");
  // The store's header is still there: the shopper can search or go home.
  await expect(page.getByRole("search").first()).toBeVisible();
});

test("SIGTERM ends the server within 5 s", async () => {
  const exited = new Promise<number>((resolve) => server.once("exit", () => resolve(Date.now())));
  const started = Date.now();
  server.kill("SIGTERM");
  expect((await exited) - started, output).toBeLessThan(5_000);
});
