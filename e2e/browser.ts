import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Finds a Chromium: CHROMIUM_PATH if set, else Playwright's own download if installed,
 * else the system package. Returns undefined to let Playwright use its own.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser is not installed; fall through to the system one.
  }
  // The old headless shell first: what Playwright runs headless tests in, much lighter than a full browser.
  for (const candidate of ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    "No Chromium found. Install one with `npx playwright install chromium`, or your system's package " +
      "(Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`), or set CHROMIUM_PATH to a Chrome/Chromium binary.",
  );
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
