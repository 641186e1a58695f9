/**
 * `npm run bench`: load on the three busiest storefront pages of a production server (PGlite,
 * catalog cache warm): requests per second, latency percentiles and the server's memory.
 */
import { execSync } from "node:child_process";
import autocannon from "autocannon";
import { startMeasurementServer } from "./measurement-server";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pages = ["/en", "/en/c/apparel", "/en/p/oxford-button-down?size=M&color=white", "/en/search?q=linen"];

function serverMemoryMb(): number {
  // The process serving requests renames itself "next-server".
  const out = execSync("ps -eo rss=,args=").toString();
  const rss = out
    .split("\n")
    .filter((line) => /^\s*\d+ next-server/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  return Math.round(Math.max(0, ...rss) / 1024);
}

const server = await startMeasurementServer(3220);
const rows: string[] = [];
try {
  for (const path of pages) {
    await fetch(server.url + path);
    const result = await autocannon({ url: server.url + path, connections, duration: seconds });
    rows.push(
      `| ${path} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} |`,
    );
  }
  rows.push(`\nServer memory after the run: ${serverMemoryMb()} MB RSS`);
} finally {
  server.stop();
}
console.log(`\n${connections} connections, ${seconds} s per page\n`);
console.log("| page | req/s | p50 ms | p99 ms | non-2xx |");
console.log("|---|---|---|---|---|");
for (const row of rows) console.log(row);
