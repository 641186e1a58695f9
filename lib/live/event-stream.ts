import "server-only";

const holder = globalThis as unknown as { __eventStreams?: Set<() => void> };

/**
 * The open streams, ended when the server is asked to stop: `next start` closes its server on
 * SIGTERM and waits for every open request, and a stream never ends on its own. Only added where
 * Next handles the signal, so this listener never stands in for the default of exiting.
 */
function openStreams(): Set<() => void> {
  if (holder.__eventStreams) return holder.__eventStreams;
  const streams = new Set<() => void>();
  holder.__eventStreams = streams;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (process.listenerCount(signal) > 0) process.once(signal, () => streams.forEach((end) => end()));
  }
  return streams;
}

export interface EventSink {
  /** Sends one server-sent event (`id` lets a reconnecting browser say where it stopped). */
  send(event: { event: string; data: string; id?: string | number }): void;
  /** Ends the stream (the browser reconnects after its retry delay). */
  end(): void;
  /** Whether the stream has ended (the browser left, or the server is stopping). */
  readonly ended: boolean;
}

/**
 * Open streams per owner (a visitor, a member of staff) on this instance. A stream holds a
 * connection and a database subscription for as long as the client keeps it open, so one client
 * (a script, a page opened in dozens of tabs) may hold only so many; a browser needs one per tab
 * and opens at most six to one host over HTTP/1.1.
 */
export const maxStreamsPerOwner = 8;
const holderOfOwners = globalThis as unknown as { __streamsByOwner?: Map<string, number> };
const streamsByOwner = (holderOfOwners.__streamsByOwner ??= new Map<string, number>());

/**
 * A server-sent events response: `retry: 3000`, a comment every 25 s so proxies keep an idle
 * stream open, and `start(sink)` to subscribe to whatever feeds it; the cleanup it returns runs once
 * when the browser leaves, the stream fails or the server stops. Past `maxStreamsPerOwner` open
 * streams of the same `owner`, a 429 (EventSource does not retry it: that tab goes without live
 * updates until it is reloaded).
 */
export async function eventStream(request: Request, start: (sink: EventSink) => Promise<() => void>, { owner }: { owner?: string } = {}): Promise<Response> {
  if (owner && (streamsByOwner.get(owner) ?? 0) >= maxStreamsPerOwner) {
    return new Response("Too many open live connections from this browser: close some tabs.", { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": "60" } });
  }
  if (owner) streamsByOwner.set(owner, (streamsByOwner.get(owner) ?? 0) + 1);
  const release = () => {
    if (!owner) return;
    const left = (streamsByOwner.get(owner) ?? 1) - 1;
    if (left > 0) streamsByOwner.set(owner, left);
    else streamsByOwner.delete(owner);
  };
  const encoder = new TextEncoder();
  const streams = openStreams();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let ended = false;
  let cleanup = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const write = (text: string) => {
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      end();
    }
  };
  function end() {
    if (ended) return;
    ended = true;
    release();
    clearInterval(heartbeat);
    cleanup();
    streams.delete(end);
    try {
      controller?.close();
    } catch {
      // already closed or cancelled
    }
  }
  const sink: EventSink = {
    send: ({ event, data, id }) => write(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${data}\n\n`),
    end,
    get ended() {
      return ended;
    },
  };
  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      streams.add(end);
      request.signal.addEventListener("abort", end);
      heartbeat = setInterval(() => write(": keep-alive\n\n"), 25_000);
      write("retry: 3000\n\n");
    },
    cancel() {
      end();
    },
  });
  let stop: () => void;
  try {
    stop = await start(sink);
  } catch (error) {
    end();
    throw error;
  }
  if (ended) stop();
  else cleanup = stop;
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
