/**
 * One line saying why the database could not be used, for the start-up check and the logs: which
 * server, what went wrong, what to check. Never prints the password from DATABASE_URL.
 */
export function explainDatabaseError(error: unknown, url?: string): string {
  const cause = rootCause(error);
  const code = typeof cause.code === "string" ? cause.code : undefined;
  const server = serverOf(url, cause);
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${server.address}: connection refused. Is the server running, and are the host and port in DATABASE_URL right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL: the host "${server.host}" in DATABASE_URL cannot be resolved.`;
    case "CONNECT_TIMEOUT":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `Cannot reach PostgreSQL at ${server.address}: no answer (${code}). Is the host reachable from here and the port open?`;
    case "28P01":
      return `PostgreSQL at ${server.address} refused user "${server.user}": authentication failed. Check the user and password in DATABASE_URL.`;
    case "28000":
      return `PostgreSQL at ${server.address} refused user "${server.user}": ${cause.message}. Check the user in DATABASE_URL and the server's pg_hba.conf.`;
    case "3D000":
      return `PostgreSQL at ${server.address} has no database "${server.database}". Create it (createdb ${server.database}) or fix the name in DATABASE_URL.`;
    default:
      return `Database error${code ? ` (${code})` : ""}: ${firstLine(cause.message)}`;
  }
}

interface ErrorLike {
  message: string;
  code?: unknown;
  address?: unknown;
  port?: unknown;
}

/** Drizzle wraps the driver's error ("Failed query: …") in `cause`; the driver's says what happened. */
function rootCause(error: unknown): ErrorLike {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  if (current instanceof Error) return current as ErrorLike;
  return { message: String(error) };
}

function serverOf(url: string | undefined, cause: ErrorLike) {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const host = parsed?.hostname || (typeof cause.address === "string" ? cause.address : "localhost");
  const port = parsed?.port || (cause.port ? String(cause.port) : "5432");
  return {
    host,
    address: `${host}:${port}`,
    user: decodeURIComponent(parsed?.username ?? "") || "(default user)",
    database: decodeURIComponent(parsed?.pathname.slice(1) ?? "") || "(default database)",
  };
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}
