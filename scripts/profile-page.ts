/**
 * `npm run bench:profile -- /en/p/brushed-fleece-hoodie`: where a page's server time goes. Loads
 * the page on a production server started with V8's CPU profiler (warm-up first, then a measured
 * window), and prints the CPU time per request split by who spent it.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startMeasurementServer } from "./measurement-server";

const page = process.argv[2] ?? "/en/p/brushed-fleece-hoodie";
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** Microseconds on the machine's monotonic clock, the one `process.hrtime` reads. */
  startTime: number;
}

/** Who a sample's own (self) time belongs to, by the file its function came from. */
function spentBy({ functionName, url }: ProfileNode["callFrame"]): string | null {
  if (functionName === "(idle)" || functionName === "(program)") return null;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (url.includes("@electric-sql/pglite") || url.startsWith("wasm://") || url.includes("node_modules/postgres/")) return "database driver (PGlite / postgres.js)";
  if (url.includes("node_modules/next/")) return "Next.js and React (runtime)";
  if (url.includes(".next/server/")) return "the app's bundles (its code and the libraries bundled with it)";
  if (url.startsWith("node:") || url === "") return "Node.js (streams, timers, async hooks, I/O)";
  return "other node_modules";
}

const dir = mkdtempSync(path.join(tmpdir(), "profile-"));
const server = await startMeasurementServer(Number(process.env.BENCH_PORT ?? 3340), { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);
let requests = 0;
let window = { from: 0, to: 0 };
try {
  await autocannon({ url: server.url + page, connections, duration: 10 });
  const from = monotonicMicros();
  const measured = await autocannon({ url: server.url + page, connections, duration: seconds });
  window = { from, to: monotonicMicros() };
  requests = measured.requests.total;
  console.log(`\n${page}: ${Math.round(measured.requests.average)} req/s, p50 ${measured.latency.p50} ms, p99 ${measured.latency.p99} ms (${connections} connections, ${seconds} s, ${server.database})`);
} finally {
  process.kill(server.child.pid!, "SIGINT");
}
for (let waited = 0; !readdirSync(dir).length && waited < 20_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
await new Promise((resolve) => setTimeout(resolve, 1_000));
const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;

// Only the measured window, not the warm-up or the shutdown.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const spent = new Map<string, number>();
let clock = profile.startTime;
profile.samples.forEach((id, index) => {
  clock += profile.timeDeltas[index]!;
  if (clock < window.from || clock > window.to) return;
  const who = spentBy(byId.get(id)!.callFrame);
  if (who) spent.set(who, (spent.get(who) ?? 0) + profile.timeDeltas[index]!);
});
if (!spent.size) throw new Error("no profile samples fall in the measured window: the profile's clock is not the monotonic one");
const busyMs = [...spent.values()].reduce((sum, us) => sum + us, 0) / 1000;
console.log(`CPU busy ${Math.round(busyMs)} ms for ${requests} requests: ${(busyMs / requests).toFixed(1)} ms of CPU per request\n`);
console.log("| spent by | ms per request | share |");
console.log("|---|---|---|");
for (const [who, us] of [...spent].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${who} | ${(us / 1000 / requests).toFixed(1)} | ${Math.round((us / 1000 / busyMs) * 100)} % |`);
}
console.log(`\nProfile: ${path.join(dir, file)} (open in Chrome DevTools → Performance)`);
process.exit(0);
