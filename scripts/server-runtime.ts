/**
 * How the production server process is started (`npm start` and the measurement server): bounds
 * on memory that Node and glibc leave open by default. Measured in docs/performance.md.
 * - V8 grows its heap with the allocation rate: 20 concurrent renders took it past 300 MB for a
 *   live set of ~100 MB. A ceiling makes it collect sooner instead.
 * - glibc gives each busy thread a malloc arena of its own that keeps freed memory; two suffice.
 * NODE_OPTIONS and MALLOC_ARENA_MAX set by the operator come later and win.
 */
export const serverHeapMb = 256;

/** The variables to set on the server process, given the environment it would inherit. */
export function serverRuntimeEnv(env: NodeJS.ProcessEnv): { MALLOC_ARENA_MAX: string; NODE_OPTIONS: string } {
  return {
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
    NODE_OPTIONS: [`--max-old-space-size=${serverHeapMb}`, env.NODE_OPTIONS].filter(Boolean).join(" "),
  };
}

/**
 * How a server on this machine only is started: `-H localhost`, never `-H 127.0.0.1`. Next writes
 * 127.0.0.1 as "localhost" in the URLs its proxy sees, so with 127.0.0.1 the proxy's rewrites (the
 * catalog's cached shells) no longer match the server's own address and go out over HTTP to itself.
 */
export const loopbackHost = "localhost";
