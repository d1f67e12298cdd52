import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptCredentials, encryptCredentials, parseSecretKeys, reencrypt, SecretsNotConfiguredError } from "./secrets";

const key = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;

describe("carrier credentials at rest", () => {
  const keys = parseSecretKeys(`${key("k2")},${key("k1")}`);
  const credentials = { username: "6e93d53968881714", password: "0bfa9fcb9853d1f51ee57a" };

  it("round-trips, and the stored text contains neither the user name nor the password", () => {
    const stored = encryptCredentials(credentials, keys);
    expect(stored.keyId).toBe("k2");
    expect(stored.credentials).not.toContain(credentials.username);
    expect(stored.credentials).not.toContain(credentials.password);
    expect(decryptCredentials(stored, keys)).toEqual(credentials);
  });

  it("encrypts the same credentials differently each time (random IV)", () => {
    expect(encryptCredentials(credentials, keys).credentials).not.toBe(encryptCredentials(credentials, keys).credentials);
  });

  it("refuses a tampered ciphertext or a ciphertext moved to another key id", () => {
    const stored = encryptCredentials(credentials, keys);
    const parts = stored.credentials.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptCredentials({ ...stored, credentials: parts.join(".") }, keys)).toThrow();
    expect(() => decryptCredentials({ ...stored, keyId: "k1" }, keys)).toThrow();
  });

  it("rotates: an old key still decrypts, and re-encryption moves to the current key", () => {
    const old = parseSecretKeys(key("k0"));
    const stored = encryptCredentials(credentials, old);
    const rotated = [...keys, ...old];
    expect(decryptCredentials(stored, rotated)).toEqual(credentials);
    const moved = reencrypt(stored, rotated)!;
    expect(moved.keyId).toBe("k2");
    expect(decryptCredentials(moved, keys)).toEqual(credentials);
    expect(reencrypt(moved, rotated)).toBeNull();
  });

  it("says so when a key is missing or malformed", () => {
    expect(() => encryptCredentials(credentials, [])).toThrow(SecretsNotConfiguredError);
    expect(() => decryptCredentials(encryptCredentials(credentials, keys), parseSecretKeys(key("other")))).toThrow(/no longer lists/);
    expect(() => parseSecretKeys("k:c2hvcnQ=")).toThrow(/32 bytes/);
  });
});
