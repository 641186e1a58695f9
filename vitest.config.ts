import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; domain modules are plain TypeScript in tests.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // next-intl and next-auth import "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-intl", "next-auth"] } },
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
