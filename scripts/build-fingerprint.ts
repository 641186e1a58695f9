import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const inputs = ["app", "components", "db", "lib", "messages", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "global.d.ts"];
const stampFile = path.join(".next", "source-fingerprint");

function walk(entry: string, out: string[]) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) for (const child of readdirSync(entry).sort()) walk(path.join(entry, child), out);
  else out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
}

/** A cheap fingerprint of everything `next build` reads, so `npm start` rebuilds only after a change. */
export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const input of inputs) walk(input, files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === sourceFingerprint();
}

export function recordBuild(): void {
  writeFileSync(stampFile, sourceFingerprint());
}
