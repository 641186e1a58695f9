import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { serverTreeRssMb } from "./process-memory";
import { run } from "./run";
import { loopbackHost, serverRuntimeEnv } from "./server-runtime";

export interface MeasurementServer {
  url: string;
  child: ChildProcess;
  /** "PostgreSQL" when DATABASE_URL is set, else "PGlite". */
  database: string;
  /** Resident memory of the server (its whole process tree), in MB. */
  rssMb: () => number;
  /** The server's own account of its memory (process.memoryUsage()), in MB. */
  memoryUsageMb: () => Promise<Record<keyof NodeJS.MemoryUsage, number>>;
  stop: () => void;
}

/**
 * A production server of the current sources, for speed measurements (Lighthouse, load). Builds
 * first if the sources changed. Runs on PostgreSQL when DATABASE_URL is set (migrated and seeded
 * first), else on a PGlite folder of its own (.data/bench), never the one `npm start` uses.
 * Started as `npm start` starts it (scripts/server-runtime.ts); extra Node options for the server
 * (e.g. `--heapsnapshot-signal=SIGUSR2`) pass through MEASURE_NODE_OPTIONS; `nodeArgs` are for
 * the flags Node refuses there (`--cpu-prof`).
 */
export async function startMeasurementServer(port: number, { nodeArgs = [] }: { nodeArgs?: string[] } = {}): Promise<MeasurementServer> {
  const databaseUrl = process.env.DATABASE_URL ?? "";
  const database = databaseUrl ? "PostgreSQL" : "PGlite";
  const memoryReportFile = path.join(tmpdir(), `measurement-server-${port}-memory.json`);
  const dbEnv = { DATA_DIR: ".data/bench", DATABASE_URL: databaseUrl };
  const env = {
    ...process.env,
    ...dbEnv,
    SMTP_URL: "",
    SITE_URL: `http://127.0.0.1:${port}`,
    ...serverRuntimeEnv({ ...process.env, NODE_OPTIONS: [`--import ${path.resolve("scripts/memory-report.mjs")}`, process.env.MEASURE_NODE_OPTIONS].filter(Boolean).join(" ") }),
    MEMORY_REPORT_FILE: memoryReportFile,
  };
  if ((await run("npx", ["tsx", "scripts/prepare-db.ts"], dbEnv)) !== 0) process.exit(1);
  if (!buildIsCurrent()) {
    if ((await run("npx", ["next", "build"])) !== 0) process.exit(1);
    recordBuild();
  }
  // Next's CLI as a direct child (not through npx), so the process tree measured is the server's.
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [...nodeArgs, next, "start", "-p", String(port), "-H", loopbackHost], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const memoryUsageMb = async () => {
    rmSync(memoryReportFile, { force: true });
    process.kill(child.pid!, "SIGUSR2");
    for (let waited = 0; !existsSync(memoryReportFile) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    const usage = JSON.parse(readFileSync(memoryReportFile, "utf8")) as NodeJS.MemoryUsage;
    return Object.fromEntries(Object.entries(usage).map(([key, bytes]) => [key, Math.round(bytes / 1024 / 1024)])) as Record<keyof NodeJS.MemoryUsage, number>;
  };
  return { url, child, database, rssMb: () => serverTreeRssMb(child.pid!), memoryUsageMb, stop: () => process.kill(-child.pid!, "SIGTERM") };
}
