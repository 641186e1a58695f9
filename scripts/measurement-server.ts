import { spawn, type ChildProcess } from "node:child_process";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { run } from "./run";

/**
 * A production server of the current sources on a database folder of its own, for speed
 * measurements (Lighthouse, load). Builds first if the sources changed.
 */
export async function startMeasurementServer(port: number): Promise<{ url: string; child: ChildProcess; stop: () => void }> {
  const env = { ...process.env, DATA_DIR: ".data/bench", DATABASE_URL: "", SMTP_URL: "", SITE_URL: `http://127.0.0.1:${port}` };
  if ((await run("npx", ["tsx", "scripts/prepare-db.ts"], { DATA_DIR: env.DATA_DIR, DATABASE_URL: "" })) !== 0) process.exit(1);
  if (!buildIsCurrent()) {
    if ((await run("npx", ["next", "build"])) !== 0) process.exit(1);
    recordBuild();
  }
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, child, stop: () => process.kill(-child.pid!, "SIGTERM") };
}
