import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { explainDatabaseError } from "@/db/explain-error";
import { hasPostgres } from "./support/databases";

const url = "postgres://shop:s3cret@db.internal:6543/juniper";
const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("explainDatabaseError", () => {
  it("names an unreachable server with its host and port", () => {
    expect(explainDatabaseError(withCode("ECONNREFUSED", "connect ECONNREFUSED 10.0.0.1:6543"), url)).toBe(
      "Cannot reach PostgreSQL at db.internal:6543: connection refused. Is the server running, and are the host and port in DATABASE_URL right?",
    );
    expect(explainDatabaseError(withCode("ENOTFOUND"), url)).toMatch(/host "db\.internal" in DATABASE_URL cannot be resolved/);
    expect(explainDatabaseError(withCode("CONNECT_TIMEOUT"), url)).toMatch(/^Cannot reach PostgreSQL at db\.internal:6543: no answer \(CONNECT_TIMEOUT\)/);
  });

  it("names a refused login without printing the password", () => {
    const wrongPassword = explainDatabaseError(withCode("28P01", 'password authentication failed for user "shop"'), url);
    expect(wrongPassword).toMatch(/refused user "shop": authentication failed/);
    expect(wrongPassword).not.toContain("s3cret");
    expect(explainDatabaseError(withCode("28000", 'role "shop" does not exist'), url)).toMatch(/refused user "shop": role "shop" does not exist/);
  });

  it("names a missing database and how to create it", () => {
    expect(explainDatabaseError(withCode("3D000", 'database "juniper" does not exist'), url)).toBe(
      'PostgreSQL at db.internal:6543 has no database "juniper". Create it (createdb juniper) or fix the name in DATABASE_URL.',
    );
  });

  it("looks through Drizzle's wrapper to the driver's error", () => {
    const wrapped = new Error("Failed query: select 1\nparams: ", { cause: withCode("3D000") });
    expect(explainDatabaseError(wrapped, url)).toMatch(/has no database "juniper"/);
  });

  it("keeps anything else to one line", () => {
    expect(explainDatabaseError(new Error("relation \"x\" does not exist\n    at somewhere"))).toBe('Database error: relation "x" does not exist');
    expect(explainDatabaseError("boom")).toBe("Database error: boom");
  });
});

/** `npm start` as a shopkeeper runs it, stopped at the database check. */
function startStore(databaseUrl: string) {
  const result = spawnSync("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "3999" },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe("npm start with a wrong DATABASE_URL", () => {
  it("says in one line that nothing listens on the port and exits non-zero", () => {
    const run = startStore("postgres://postgres@127.0.0.1:1/juniper");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "✗ Cannot reach PostgreSQL at 127.0.0.1:1: connection refused. Is the server running, and are the host and port in DATABASE_URL right?",
    );
    expect(run.stdout).not.toMatch(/Database ready|Building|Starting/);
  });

  it.runIf(hasPostgres())("says in one line that the database does not exist and exits non-zero", () => {
    const missing = new URL(process.env.DATABASE_URL!);
    const name = `juniper_missing_${randomBytes(4).toString("hex")}`;
    missing.pathname = `/${name}`;
    const run = startStore(missing.toString());
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`✗ PostgreSQL at ${missing.host} has no database "${name}". Create it (createdb ${name}) or fix the name in DATABASE_URL.`);
    expect(run.stdout).not.toMatch(/Database ready|Building|Starting/);
  });
});
