import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("falls back to the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data/pglite");
    expect(env.DATABASE_POOL_MAX).toBe(4);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and an SMTP URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/shop", SMTP_URL: "smtp://u:p@mail:587", DATABASE_POOL_MAX: "6" });
    expect(env.DATABASE_URL).toBe("postgres://u:p@db:5432/shop");
    expect(env.DATABASE_POOL_MAX).toBe(6);
  });

  it("reads the client's address from X-Forwarded-For unless another header is named", () => {
    expect(parseEnv({}).CLIENT_IP_HEADER).toBe("x-forwarded-for");
    expect(parseEnv({ CLIENT_IP_HEADER: "CF-Connecting-IP" }).CLIENT_IP_HEADER).toBe("cf-connecting-ip");
    expect(() => parseEnv({ CLIENT_IP_HEADER: "x-real-ip: 1.2.3.4" })).toThrowError(/CLIENT_IP_HEADER: must be a header name/);
  });

  it("reads the visitor's state from Cloudflare's region header unless another is named", () => {
    expect(parseEnv({}).GEO_REGION_HEADER).toBe("cf-region-code");
    expect(parseEnv({ GEO_REGION_HEADER: "X-Vercel-IP-Country-Region" }).GEO_REGION_HEADER).toBe("x-vercel-ip-country-region");
    expect(() => parseEnv({ GEO_REGION_HEADER: "region: NY" })).toThrowError(/GEO_REGION_HEADER: must be a header name/);
  });

  it("names every bad variable in one clear error", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", DATABASE_POOL_MAX: "zero", SITE_URL: "ftp://x" })).toThrowError(
      /DATABASE_URL: must be a postgres:\/\/[\s\S]*DATABASE_POOL_MAX[\s\S]*SITE_URL/,
    );
  });
});

describe("S3 storage settings", () => {
  it("takes both keys or neither, naming the missing one", () => {
    expect(() => parseEnv({ S3_BUCKET: "shop-images", S3_ACCESS_KEY_ID: "AKIA123" })).toThrow(/S3_SECRET_ACCESS_KEY: must be set with its pair/);
    expect(() => parseEnv({ S3_BUCKET: "shop-images", S3_SECRET_ACCESS_KEY: "secret" })).toThrow(/S3_ACCESS_KEY_ID: must be set with its pair/);
    expect(parseEnv({ S3_BUCKET: "shop-images", S3_ACCESS_KEY_ID: "AKIA123", S3_SECRET_ACCESS_KEY: "secret" }).S3_BUCKET).toBe("shop-images");
    expect(parseEnv({ S3_BUCKET: "shop-images" }).S3_ACCESS_KEY_ID).toBeUndefined();
  });
});
