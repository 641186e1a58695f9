import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { serverRuntimeEnv } from "./server-runtime";

/**
 * A production server of the current build (`next start`) in a process group of its own, for the
 * scripts that start, kill and restart stores: `npm run chaos` and `npm run instances`.
 */
export interface StoreServer {
  port: number;
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** kill -9 of the whole process group: a crash, with no chance to finish anything. */
  crash: () => void;
  /** SIGTERM: the server finishes what it is doing and exits. */
  stop: () => void;
}

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");

export function startStore(port: number, env: Record<string, string>, { quiet = true }: { quiet?: boolean } = {}): StoreServer {
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "localhost"], {
    env: { ...process.env, SMTP_URL: "", STRIPE_SECRET_KEY: "", NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "", ...serverRuntimeEnv(process.env), ...env },
    stdio: ["ignore", quiet ? "ignore" : "inherit", quiet ? "ignore" : "inherit"],
    detached: true,
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  return { port, url: `http://localhost:${port}`, child, exited, crash: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}

/** Waits until the store answers its health check (the database included). */
export async function waitUntilHealthy(url: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) return Date.now() - started;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s.`);
}

/** Fails when something already answers on `port` (a store left running would be measured instead of this build). */
export async function assertPortFree(port: number): Promise<void> {
  const answered = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(1_000) }).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`Port ${port} is already in use: stop what runs there, or choose another port (--port).`);
}
