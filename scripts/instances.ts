/**
 * `npm run instances`: the store as several stateless instances behind nginx (deploy/nginx.conf),
 * on one PostgreSQL. Needs DATABASE_URL, a current production build and nginx (Debian: apt-get
 * install nginx).
 *
 *   npm run instances -- --count 3              start 3 instances and nginx on :8080, until Ctrl-C
 *   npm run instances -- --count 2 --check      prove it, then stop (npm test runs this)
 *   npm run instances -- --count 3 --bench      product page and place-order through nginx, 1…3 instances
 *
 * --check and --bench use a throwaway database next to DATABASE_URL; plain mode uses DATABASE_URL.
 * The check shows, with real processes: a cart change made on one instance reaches a browser
 * listening on another; a rate limit counts across instances; a session is valid on every
 * instance; each scheduled job runs once, not once per instance; SIGTERM lets an in-flight request
 * finish, ends open streams cleanly and exits, and the browser reconnects through nginx to another
 * instance.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { buildIsCurrent } from "./build-fingerprint";
import { HttpShopper, productPath, storeActions } from "./http-shopper";
import { run } from "./run";
import { assertPortFree, startStore, waitUntilHealthy, type StoreServer } from "./store-server";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "3" },
    port: { type: "string", default: "8080" },
    check: { type: "boolean", default: false },
    bench: { type: "boolean", default: false },
    seconds: { type: "string", default: "10" },
  },
});
const count = Number(args.count);
const proxyPort = Number(args.port);
const benchSeconds = Number(args.seconds);
if (!Number.isInteger(count) || count < 1 || count > 8) {
  console.error("✗ --count takes 1 to 8 instances.");
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  console.error("✗ Several instances share one PostgreSQL: set DATABASE_URL.");
  process.exit(1);
}
if (!buildIsCurrent()) {
  console.error("✗ The production build is missing or older than the sources: run `npx next build` first.");
  process.exit(1);
}
const nginxBinary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((candidate) => spawnSync(candidate, ["-v"]).status === 0);
if (!nginxBinary) {
  console.error("✗ nginx is not installed (Debian: apt-get install nginx).");
  process.exit(1);
}

const proxyUrl = `http://localhost:${proxyPort}`;
const instancePort = (i: number) => proxyPort + 100 + i;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── The database ─────────────────────────────────────────────────────────────────────────────────
const throwaway = args.check || args.bench;
const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
const name = `instances_${randomBytes(4).toString("hex")}`;
let databaseUrl = process.env.DATABASE_URL;
if (throwaway) {
  await admin.unsafe(`create database ${name}`);
  const scoped = new URL(process.env.DATABASE_URL);
  scoped.pathname = `/${name}`;
  databaseUrl = scoped.toString();
}
const db = postgres(databaseUrl, { max: 2, onnotice: () => {} });

// ── Processes ────────────────────────────────────────────────────────────────────────────────────
let instances: StoreServer[] = [];
let proxy: ChildProcess | null = null;

function startInstances(n: number): StoreServer[] {
  return Array.from({ length: n }, (_, i) =>
    startStore(
      instancePort(i),
      // The bench's shoppers all come from this machine: each says who it is in x-client-ip, as a CDN would.
      { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: "4", SITE_URL: proxyUrl, ...(args.bench ? { CLIENT_IP_HEADER: "x-client-ip" } : {}) },
      { quiet: throwaway },
    ),
  );
}

/** nginx with deploy/nginx.conf, its upstream pointed at `ports`, in a folder of its own. */
async function startProxy(ports: number[]): Promise<ChildProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), "store-nginx-"));
  for (const temp of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, temp));
  const site = readFileSync("deploy/nginx.conf", "utf8")
    .replace(/upstream store \{[\s\S]*?\n\}/, `upstream store {\n    least_conn;\n${ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}\n    keepalive 32;\n}`)
    .replace(/listen \d+;/, `listen ${proxyPort};`);
  const config = [
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    "events { worker_connections 1024; }",
    "http {",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${dir}/${kind === "client_body" ? "body" : kind};`),
    site,
    "}",
  ].join("\n");
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn(nginxBinary!, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  await waitUntilHealthy(proxyUrl, 20_000);
  return child;
}

async function stopAll() {
  proxy?.kill("SIGTERM");
  for (const instance of instances) instance.stop();
  await Promise.all(instances.map((instance) => Promise.race([instance.exited, sleep(15_000)])));
  for (const instance of instances) instance.crash();
  instances = [];
  proxy = null;
}

async function cleanUp() {
  await stopAll();
  await db.end();
  if (throwaway) await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

/** A server-sent events stream, read as it arrives. */
function listen(url: string, cookie: string) {
  const controller = new AbortController();
  let text = "";
  let ended: "cleanly" | "with an error" | null = null;
  let status = 0;
  const reading = (async () => {
    try {
      const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
      status = response.status;
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      ended = "cleanly";
    } catch {
      ended = controller.signal.aborted ? "cleanly" : "with an error";
    }
  })();
  return {
    get text() {
      return text;
    },
    get status() {
      return status;
    },
    get ended() {
      return ended;
    },
    async waitFor(condition: () => boolean, timeoutMs: number): Promise<number> {
      const started = Date.now();
      while (!condition()) {
        if (Date.now() - started > timeoutMs) throw new Error(`Waited ${timeoutMs} ms; the stream so far: ${JSON.stringify(text.slice(-300))}`);
        await sleep(20);
      }
      return Date.now() - started;
    },
    close: () => (controller.abort(), reading),
  };
}

// ── The proof ────────────────────────────────────────────────────────────────────────────────────
async function check() {
  if (count < 2) throw new Error("--check needs at least 2 instances.");
  const started = Date.now();
  const results: [string, string][] = [];
  const actions = await storeActions(instances[0]!.url);

  // 1. Live cart across instances.
  const shopper = new HttpShopper(instances[1]!.url, actions, "10.77.0.1");
  await shopper.addToCart();
  const stream = listen(`${instances[0]!.url}/api/cart/stream`, shopper.cookie);
  await stream.waitFor(() => stream.text.includes("retry:"), 10_000);
  const changedAt = Date.now();
  await shopper.addToCart();
  await stream.waitFor(() => stream.text.includes("event: cart"), 10_000);
  results.push(["cart changed on instance 2 → browser listening on instance 1", `${Date.now() - changedAt} ms`]);
  await stream.close();

  // 2. One rate limit across instances: 10 coupon tries per browser per 10 minutes, tried on each instance in turn.
  const guesser = new HttpShopper(instances[0]!.url, actions, "10.77.0.2");
  await guesser.addToCart();
  const answers: string[] = [];
  for (let attempt = 0; attempt < 11; attempt++) {
    guesser.url = instances[attempt % count]!.url;
    answers.push((await guesser.applyCoupon(`NOPE${attempt}`)).message ?? "");
  }
  const refusedAt = answers.findIndex((message) => message.includes("Too many codes tried"));
  if (refusedAt !== 10) throw new Error(`The 11th coupon try should be the first refused; refused at try ${refusedAt + 1}: ${JSON.stringify(answers)}`);
  results.push(["coupon tries 1–10 spread over the instances, try 11 refused", `on instance ${(10 % count) + 1}: "${answers[10]}"`]);

  // 3. A session is valid on every instance (Auth.js's database sessions, as sign-in writes them).
  const userId = randomUUID();
  const email = `instances.${userId.slice(0, 8)}@example.com`;
  const token = randomUUID();
  await db`insert into users (id, email, name) values (${userId}, ${email}, 'Instance Check')`;
  await db`insert into sessions (session_token, user_id, expires) values (${token}, ${userId}, now() + interval '1 day')`;
  for (const instance of instances) {
    const page = await (await fetch(`${instance.url}/en/account`, { headers: { cookie: `authjs.session-token=${token}` }, redirect: "manual" })).text();
    if (!page.includes(email)) throw new Error(`Instance on :${instance.port} does not know the session: its account page does not show ${email}.`);
  }
  results.push(["one session, signed in on every instance", `${count} of ${count}`]);

  // 4. Each scheduled job once: the hold sweep runs every 15 s as one chain, however many instances work on it.
  const windowSeconds = Math.round((Date.now() - started) / 1000) + 45;
  await sleep(Math.max(0, started + windowSeconds * 1000 - Date.now()));
  const [sweeps] = await db<{ runs: number; overlapping: number }[]>`
    select count(*)::int as runs,
      (select count(*)::int from pgboss.job a join pgboss.job b on a.name = b.name and a.id < b.id
        where a.name = 'maintenance-holds' and a.started_on is not null and b.started_on is not null
          and b.started_on < coalesce(a.completed_on, now()) and a.started_on < coalesce(b.completed_on, now())) as overlapping
    from pgboss.job where name = 'maintenance-holds' and state = 'completed'`;
  const mostExpected = Math.ceil(windowSeconds / 15) + count + 1;
  if (sweeps!.overlapping > 0 || sweeps!.runs > mostExpected) {
    throw new Error(`The hold sweep ran ${sweeps!.runs} times in ${windowSeconds} s (at most ${mostExpected} expected), ${sweeps!.overlapping} overlapping.`);
  }
  results.push([`hold sweep runs in ~${windowSeconds} s with ${count} instances`, `${sweeps!.runs} (one every 15 s; none at once)`]);

  // 5. SIGTERM: an in-flight request finishes, streams end cleanly, the process exits, the browser reconnects elsewhere.
  const victim = instances[0]!;
  const held = listen(`${victim.url}/api/cart/stream`, shopper.cookie);
  await held.waitFor(() => held.text.includes("retry:"), 10_000);
  const inFlight = fetch(`${victim.url}/en/cart`, { headers: { cookie: shopper.cookie } });
  await sleep(5);
  const stoppedAt = Date.now();
  victim.stop();
  const finished = await inFlight;
  await finished.text();
  const streamEndedMs = await held.waitFor(() => held.ended !== null, 15_000);
  if (held.ended !== "cleanly") throw new Error(`The stream on the stopped instance ended ${held.ended}.`);
  const exit = await Promise.race([victim.exited, sleep(20_000).then(() => "still running")]);
  // 143 is what `next start` exits with once it has closed its server and cleaned up after SIGTERM.
  if (exit !== 143 && exit !== 0) throw new Error(`The stopped instance exited with ${String(exit)}.`);
  const reconnected = listen(`${proxyUrl}/api/cart/stream`, shopper.cookie);
  await reconnected.waitFor(() => reconnected.text.includes("retry:"), 10_000);
  const another = new HttpShopper(proxyUrl, actions, "10.77.0.1");
  another.cookie = shopper.cookie;
  await another.addToCart();
  await reconnected.waitFor(() => reconnected.text.includes("event: cart"), 10_000);
  await reconnected.close();
  results.push([
    "SIGTERM to instance 1",
    `in-flight request ${finished.status}, stream ended cleanly after ${streamEndedMs} ms, exit ${String(exit)} in ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s; the browser reconnected through nginx and got the next change`,
  ]);

  console.log(`\n${count} instances behind nginx on one PostgreSQL:`);
  for (const [what, figure] of results) console.log(`  ✓ ${what}: ${figure}`);
}

// ── The bench ────────────────────────────────────────────────────────────────────────────────────
async function bench() {
  const rows: string[] = [];
  for (let n = 1; n <= count; n++) {
    await stopAll();
    instances = startInstances(n);
    await Promise.all(instances.map((instance) => waitUntilHealthy(instance.url)));
    proxy = await startProxy(instances.map((instance) => instance.port));
    // Warm every instance's cached shell for the page.
    for (let i = 0; i < n * 3; i++) await (await fetch(proxyUrl + productPath)).text();
    const page = await autocannon({ url: proxyUrl + productPath, connections: 20, duration: benchSeconds });
    const actions = await storeActions(proxyUrl);
    await db`update inventory set on_hand = 1000000, reserved = 0 where variant_id = ${actions.variantId}`;
    await db`update products set purchase_limit = null where slug = 'brushed-fleece-hoodie'`;
    const latencies: number[] = [];
    const until = Date.now() + benchSeconds * 1000;
    await Promise.all(
      Array.from({ length: 8 }, async (_, shopperIndex) => {
        for (let round = 0; Date.now() < until; round++) {
          const shopper = new HttpShopper(proxyUrl, actions, `10.${n}.${shopperIndex}.${round % 250}`);
          await shopper.addToCart();
          const startedAt = Date.now();
          const placed = await shopper.placeOrder(`bench.${n}.${shopperIndex}.${round}@example.com`, round % 2 ? "cash" : "card");
          if (placed.result === "placed") latencies.push(Date.now() - startedAt);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    rows.push(
      `| ${n} | ${Math.round(page.requests.average)} | ${page.latency.p99} ms | ${page.errors + page.non2xx} | ${(latencies.length / benchSeconds).toFixed(1)} | ${p(0.5)} ms | ${p(0.99)} ms |`,
    );
  }
  console.log(`\nThrough nginx, ${benchSeconds} s per figure, on this machine (${(await import("node:os")).cpus().length} cores, PostgreSQL on the same machine):`);
  console.log("| instances | product page req/s (20 connections) | p99 | errors | orders/s (8 shoppers, card + cash) | place-order p50 | p99 |");
  console.log("|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
}

try {
  for (const port of [proxyPort, ...Array.from({ length: count }, (_, i) => instancePort(i))]) await assertPortFree(port);
  if ((await run("npx", ["tsx", "scripts/prepare-db.ts"], { DATABASE_URL: databaseUrl })) !== 0) throw new Error("Preparing the database failed.");
  if (args.bench) {
    await bench();
  } else {
    instances = startInstances(count);
    await Promise.all(instances.map((instance) => waitUntilHealthy(instance.url)));
    proxy = await startProxy(instances.map((instance) => instance.port));
    if (args.check) {
      await check();
    } else {
      console.log(`▸ ${count} instances (${instances.map((instance) => `:${instance.port}`).join(", ")}) behind nginx at ${proxyUrl}. Ctrl-C stops them.`);
      await new Promise(() => {});
    }
  }
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
