import { spawn } from "node:child_process";

/** How long a command may take to stop after SIGINT/SIGTERM before it is killed (hosts expect a stop within ~5 s). */
export const stopGraceMs = 3_000;

/**
 * Runs a command with inherited output; resolves with its exit code. SIGINT and SIGTERM sent to
 * this process are passed on to the command, which is killed if it has not stopped within
 * `stopGraceMs`. The same happens when this process loses its parent: `npm start` passes SIGTERM
 * only to the shell it runs the script in, and that shell dies without passing it further.
 */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      child.kill(signal);
      if (stopping) return;
      stopping = true;
      setTimeout(() => child.kill("SIGKILL"), stopGraceMs).unref();
    };
    const parent = process.ppid;
    const orphanCheck = setInterval(() => {
      if (!stopping && process.ppid !== parent) stop("SIGTERM");
    }, 250);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    child.on("exit", (code, signal) => {
      clearInterval(orphanCheck);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function runOrExit(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  console.log(`\n━━ ${label} ━━`);
  const code = await run(command, args, env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`✗ ${label} failed (exit ${code}) after ${seconds} s`);
    process.exit(code);
  }
  console.log(`✓ ${label} (${seconds} s)`);
  return Number(seconds);
}
