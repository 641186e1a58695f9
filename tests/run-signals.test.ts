import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts tests/support/serve-stubborn.ts the way `npm start` starts scripts/start.ts, optionally through npm itself. */
async function startStubborn(throughNpm: boolean) {
  const command = ["node", "--import", "tsx", "tests/support/serve-stubborn.ts"];
  const starter = throughNpm
    ? spawn("npm", ["exec", "--", ...command], { stdio: ["ignore", "pipe", "inherit"] })
    : spawn(command[0]!, command.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
  let serverPid = 0;
  starter.stdout.on("data", (chunk: Buffer) => {
    serverPid ||= Number(/server (\d+)/.exec(chunk.toString())?.[1] ?? 0);
  });
  await expect.poll(() => serverPid, { timeout: 15_000 }).toBeGreaterThan(0);
  return { starter, serverPid };
}

describe("scripts/run.ts stops the server it runs", () => {
  it("on SIGTERM, within 5 s, even when the server ignores it", async () => {
    const { starter, serverPid } = await startStubborn(false);
    const started = Date.now();
    starter.kill("SIGTERM");
    await once(starter, "exit");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(isRunning(serverPid)).toBe(false);
  });

  it("when SIGTERM goes to npm in front of it, which passes it only to its shell", async () => {
    const { starter, serverPid } = await startStubborn(true);
    const started = Date.now();
    starter.kill("SIGTERM");
    await expect.poll(() => isRunning(serverPid), { timeout: 5_000, interval: 100 }).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
