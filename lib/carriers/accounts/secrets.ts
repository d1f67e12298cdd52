/**
 * Carrier credentials at rest: AES-256-GCM with a key from CARRIER_SECRETS_KEYS, the key's id
 * stored beside the ciphertext so keys can rotate (the first key encrypts, every listed key
 * decrypts). Plain credentials exist only in memory, on their way to the carrier.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export interface CarrierCredentials {
  username: string;
  password: string;
}

export interface SecretKey {
  id: string;
  key: Buffer;
}

export class SecretsNotConfiguredError extends Error {
  constructor() {
    super("CARRIER_SECRETS_KEYS is not set: carrier credentials cannot be stored");
    this.name = "SecretsNotConfiguredError";
  }
}

/** "id:base64key,id2:base64key" -> keys, the first one encrypting. */
export function parseSecretKeys(value: string | undefined): SecretKey[] {
  if (!value) return [];
  return value.split(",").map((entry) => {
    const [id, encoded] = entry.split(":");
    const key = Buffer.from(encoded ?? "", "base64");
    if (!id || key.length !== 32) throw new Error(`CARRIER_SECRETS_KEYS: key "${id}" must be 32 bytes in base64`);
    return { id, key };
  });
}

const b64 = (b: Buffer) => b.toString("base64url");

/**
 * Any secret text at rest (carrier credentials, webhook signing secrets): "v1.<iv>.<tag>.<ciphertext>"
 * with the id of the key that encrypted it.
 */
export function encryptText(text: string, keys: SecretKey[]): { ciphertext: string; keyId: string } {
  const current = keys[0];
  if (!current) throw new SecretsNotConfiguredError();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  // The key id is authenticated too: a ciphertext moved to another key id does not decrypt.
  cipher.setAAD(Buffer.from(current.id));
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return { ciphertext: `v1.${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(body)}`, keyId: current.id };
}

export function decryptText(stored: { ciphertext: string; keyId: string }, keys: SecretKey[]): string {
  const key = keys.find((k) => k.id === stored.keyId);
  if (!key) throw new Error(`a secret was encrypted with key "${stored.keyId}", which CARRIER_SECRETS_KEYS no longer lists`);
  const [version, iv, tag, body] = stored.ciphertext.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("a stored secret is not in a known format");
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(key.id));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export function encryptCredentials(credentials: CarrierCredentials, keys: SecretKey[]): { credentials: string; keyId: string } {
  const { ciphertext, keyId } = encryptText(JSON.stringify(credentials), keys);
  return { credentials: ciphertext, keyId };
}

export function decryptCredentials(stored: { credentials: string; keyId: string }, keys: SecretKey[]): CarrierCredentials {
  const text = decryptText({ ciphertext: stored.credentials, keyId: stored.keyId }, keys);
  const parsed = JSON.parse(text) as Partial<CarrierCredentials>;
  if (typeof parsed.username !== "string" || typeof parsed.password !== "string") throw new Error("carrier credentials are incomplete");
  return { username: parsed.username, password: parsed.password };
}

/** The stored credentials re-encrypted with the current key (rotation), or null when already current. */
export function reencrypt(stored: { credentials: string; keyId: string }, keys: SecretKey[]): { credentials: string; keyId: string } | null {
  if (keys[0]?.id === stored.keyId) return null;
  return encryptCredentials(decryptCredentials(stored, keys), keys);
}
