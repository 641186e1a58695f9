import { createECDH, createPublicKey, randomBytes, verify } from "node:crypto";
import { createRequire } from "node:module";
import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { pushRequest, type PushPayload } from "./send";

// http_ece (web-push's encryption, RFC 8188) ships no types.
const ece = createRequire(import.meta.url)("http_ece") as {
  decrypt(body: Buffer, params: { version: "aes128gcm"; privateKey: ReturnType<typeof createECDH>; authSecret: string }): Buffer;
};

const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:support@juniperlane.example" };
const payload: PushPayload = { title: "Your cart is waiting", body: "2 items", url: "/en/cart", tag: "cart-reminder" };

function subscriber() {
  const ecdh = createECDH("prime256v1");
  const p256dh = ecdh.generateKeys().toString("base64url");
  const auth = randomBytes(16).toString("base64url");
  return { ecdh, auth, subscription: { endpoint: "https://push.example.com/send/abc123", p256dh, auth } };
}

describe("pushRequest", () => {
  it("posts to the endpoint with aes128gcm, a day's TTL and a VAPID authorization", () => {
    const { subscription } = subscriber();
    const request = pushRequest(subscription, payload, vapid);
    expect(request.endpoint).toBe(subscription.endpoint);
    expect(request.method).toBe("POST");
    expect(request.headers).toMatchObject({ "Content-Encoding": "aes128gcm", TTL: 86_400, Urgency: "normal" });

    const [, token, key] = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(request.headers.Authorization!) ?? [];
    expect(key).toBe(vapid.publicKey);
    const [header, claims, signature] = token!.split(".") as [string, string, string];
    expect(JSON.parse(Buffer.from(claims, "base64url").toString())).toMatchObject({ aud: "https://push.example.com", sub: vapid.subject });
    const point = Buffer.from(vapid.publicKey, "base64url");
    const publicKey = createPublicKey({
      key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33).toString("base64url") },
      format: "jwk",
    });
    const signed = Buffer.from(`${header}.${claims}`);
    expect(verify("sha256", signed, { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"))).toBe(true);
  });

  it("encrypts the payload so only the subscriber can read it", () => {
    const { ecdh, auth, subscription } = subscriber();
    const { body } = pushRequest(subscription, payload, vapid);
    const plaintext = Buffer.from(JSON.stringify(payload));
    expect(body.includes(plaintext)).toBe(false);
    expect(body.includes(Buffer.from(payload.title))).toBe(false);
    // aes128gcm carries the sender's public key in the body's header, so the receiver's key and auth secret suffice.
    const decrypted = ece.decrypt(body, { version: "aes128gcm", privateKey: ecdh, authSecret: auth });
    expect(JSON.parse(decrypted.toString())).toEqual(payload);
    expect(() => ece.decrypt(body, { version: "aes128gcm", privateKey: subscriber().ecdh, authSecret: auth })).toThrow();
  });
});
