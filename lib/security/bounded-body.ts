/**
 * A request body read up to `maxBytes` and no further: a client that sends more (or says it will)
 * is refused without the store holding the rest in memory.
 */
export type BoundedBody = { ok: true; text: string } | { ok: false; problem: "too_large" | "unreadable" };

export async function readBoundedText(request: Request, maxBytes: number): Promise<BoundedBody> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, problem: "too_large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, problem: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}
