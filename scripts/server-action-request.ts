import { readFileSync } from "node:fs";

/**
 * A server action call built the way the browser's React runtime sends it: a POST to the page
 * with the `Next-Action` header and a multipart body holding the arguments. For a
 * `useActionState` action they are the previous state (field "0") and the form's fields,
 * prefixed "_1_" (the FormData is argument 1). Copied from a real Chromium request.
 */

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/** The action's id in this build, from the server-reference manifest `next build` writes. */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} from ${filename} in this build.`);
  return found[0];
}

const unescapeHtml = (value: string) =>
  value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The fields of the server-rendered form bound to `actionId` (hidden inputs included), in page order. */
export function formFieldsOf(html: string, actionId: string): [string, string][] {
  for (const form of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const fields = [...form[1]!.matchAll(/<input\b[^>]*?name="([^"]*)"(?:[^>]*?value="([^"]*)")?[^>]*>/g)].map(
      (input): [string, string] => [unescapeHtml(input[1]!), unescapeHtml(input[2] ?? "")],
    );
    if (fields.some(([, value]) => value.includes(`"id":"${actionId}"`))) return fields;
  }
  throw new Error(`No form for server action ${actionId} on the page.`);
}

const boundary = "----BenchFormBoundary7MA4YWxkTrZu0gW";

/** Headers and body of one call of a `useActionState` action with these form fields. */
export function actionStateCall(
  origin: string,
  actionId: string,
  fields: [string, string][],
  cookie: string,
): { headers: Record<string, string>; body: string } {
  const parts: [string, string][] = [...fields.map(([name, value]): [string, string] => [`_1_${name}`, value]), ["0", '[{"status":"idle"},"$K1"]']];
  const body =
    parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return {
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      "content-type": `multipart/form-data; boundary=${boundary}`,
      // Browsers send Origin on every POST; the proxy and Next refuse a foreign one.
      origin,
      cookie,
    },
    body,
  };
}

/** The action's result in the answer's RSC stream (row 1), e.g. `{"status":"done","quantity":2}`. */
export function actionResult(payload: string): { status?: string; quantity?: number } {
  const row = /^1:(\{.*)$/m.exec(payload)?.[1];
  if (!row) return {};
  try {
    return JSON.parse(row) as { status?: string; quantity?: number };
  } catch {
    return {};
  }
}
