import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "public/**", "playwright-report/**", "test-results/**", "artifacts/**"],
  },
  {
    rules: {
      // process.env is read in one place only: lib/env.ts (tooling under scripts/ and e2e/ excepted).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
      // A leading underscore marks an argument kept on purpose, e.g. a version that only keys a cache.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Routes and components only compose: the database is reached through lib/<domain> loaders and queries.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/db", message: "app/ and components/ do not reach the database: call a loader or query in lib/<domain>/ instead." },
            { name: "drizzle-orm", message: "app/ and components/ do not build SQL: put the query in lib/<domain>/ and call it." },
          ],
          patterns: [
            { group: ["@/db/*", "../**/db", "../**/db/*"], message: "app/ and components/ do not reach the database: call a loader or query in lib/<domain>/ instead." },
            { group: ["drizzle-orm/*"], message: "app/ and components/ do not build SQL: put the query in lib/<domain>/ and call it." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/env.ts", "scripts/**", "e2e/**", "playwright.config.ts", "vitest.config.ts", "**/*.test.ts", "tests/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
