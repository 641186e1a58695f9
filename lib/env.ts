import { z } from "zod";
import { delayEnvSchema } from "@/lib/recovery/delays";

/**
 * The only reader of process.env. Optional services (Postgres, SMTP) are
 * detected here; when absent the store falls back to its embedded defaults.
 */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
      .optional(),
  ),
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(4)),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
  SITE_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://shop.example.com" }).default("http://localhost:3000"),
  ),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^smtps?$/, error: "must look like smtp://user:pass@host:587 or smtps://…" }).optional(),
  ),
  GEO_COUNTRY_HEADER: z.preprocess(emptyAsUndefined, z.string().toLowerCase().default("cf-ipcountry")),
  GEO_REGION_HEADER: z.preprocess(
    emptyAsUndefined,
    z.string().toLowerCase().regex(/^[a-z0-9-]+$/, "must be a header name such as cf-region-code").default("cf-region-code"),
  ),
  CLIENT_IP_HEADER: z.preprocess(
    emptyAsUndefined,
    z.string().toLowerCase().regex(/^[a-z0-9-]+$/, "must be a header name such as cf-connecting-ip").default("x-forwarded-for"),
  ),
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional()),
  ADMIN_EMAILS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("")
      .transform((list) => list.split(",").map((email) => email.trim().toLowerCase()).filter(Boolean)),
  ),
  AUTH_GITHUB_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  AUTH_GITHUB_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  AUTH_GOOGLE_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  AUTH_GOOGLE_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Juniper Lane <hello@juniperlane.example>")),
  STRIPE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().startsWith("sk_", "must be a Stripe secret key starting with sk_ (e.g. sk_test_…)").optional()),
  STRIPE_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().startsWith("whsec_", "must be a Stripe webhook signing secret starting with whsec_").optional()),
  /** Abandoned-cart reminder delays (docs/recovery.md), overriding the store config: `1h,24h,72h`, `2m,4m,6m` for a demo. */
  RECOVERY_DELAYS: z.preprocess(emptyAsUndefined, delayEnvSchema.optional()),
  /** E6: endpoints that receive the recovery events as Standard Webhooks (docs/recovery.md), comma-separated. */
  RECOVERY_WEBHOOK_URLS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("")
      .transform((list) => list.split(",").map((url) => url.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be comma-separated http(s) URLs" }))),
  ),
  /** Their signing secret (`whsec_` + base64); unset, one is generated once and kept in the database. */
  RECOVERY_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, "must be whsec_ followed by a base64 key of 24 bytes or more").optional(),
  ),
  /** E3: "on" or "off" overrides `recovery.textReminders` in lib/store/config.ts. */
  RECOVERY_TEXT_REMINDERS: z.preprocess(emptyAsUndefined, z.enum(["on", "off"]).transform((value) => value === "on").optional()),
  /** E3: web push keys (VAPID, base64url); unset, a pair is generated once and kept in the database. Set both or neither. */
  VAPID_PUBLIC_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]{86,88}$/, "must be a base64url P-256 public key").optional()),
  VAPID_PRIVATE_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]{42,44}$/, "must be a base64url P-256 private key").optional()),
  /** Who push services may contact about the store's pushes (`mailto:` or `https:`); the store's contact address by default. */
  VAPID_SUBJECT: z.preprocess(emptyAsUndefined, z.string().regex(/^(mailto:|https:\/\/)/, "must start with mailto: or https://").optional()),
  /** E3: text messages through Twilio when all three are set; otherwise they go to the dev outbox (/dev/sms). */
  TWILIO_ACCOUNT_SID: z.preprocess(emptyAsUndefined, z.string().regex(/^AC[0-9a-f]{32}$/, "must be AC followed by 32 hex digits").optional()),
  TWILIO_AUTH_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  /** The sender: a number in E.164 (+15551234567) or a Messaging Service SID (MG…). */
  TWILIO_FROM: z.preprocess(emptyAsUndefined, z.string().regex(/^(\+[1-9]\d{6,14}|MG[0-9a-f]{32})$/, "must be an E.164 number or a Messaging Service SID").optional()),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("pk_", "must be a Stripe publishable key starting with pk_ (e.g. pk_test_…)").optional(),
  ),
  /** Uploaded images (lib/media) go to this S3-compatible bucket when set; otherwise to files beside the database folder. */
  S3_BUCKET: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name (lowercase letters, digits, dots and dashes)").optional()),
  S3_REGION: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9-]+$/, "must be a region such as us-east-1 or auto").default("us-east-1")),
  /** For a service other than AWS (R2, MinIO, Spaces…): its API endpoint; requests then use path-style addressing. */
  S3_ENDPOINT: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://<account>.r2.cloudflarestorage.com" }).optional()),
  /** Unset, the SDK's own credential chain is used (instance role, AWS_* variables…). */
  S3_ACCESS_KEY_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Where shoppers' browsers fetch the bucket's objects (a CDN or the bucket's public URL), without a trailing slash. */
  S3_PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be the http(s) URL the bucket's objects are served from" })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
}).superRefine((env, context) => {
  // S3 keys come as a pair (neither: the SDK's own credentials, e.g. an instance role).
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    const missing = env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID";
    context.addIssue({ code: "custom", path: [missing], message: "must be set with its pair (S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY), or unset both" });
  }
});

export type Env = z.infer<typeof schema>;

/** Validates a set of variables; throws one readable error listing every bad value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee README.md → Configuration.`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(process.env);

export const services = {
  database: env.DATABASE_URL ? ("postgres" as const) : ("pglite" as const),
  mail: env.SMTP_URL ? ("smtp" as const) : ("dev-mailbox" as const),
  payments: env.STRIPE_SECRET_KEY && env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ? ("stripe" as const) : ("test" as const),
};
