/**
 * Webhook signing secrets at rest: encrypted with the carrier credentials' keys
 * (CARRIER_SECRETS_KEYS, lib/carriers/accounts/secrets.ts) because each request is signed with
 * the secret itself; a hash would not do. Shown to the business once, at creation and on roll.
 */
import { secretKeys } from "@/lib/carriers/accounts/accounts";
import { decryptText, encryptText } from "@/lib/carriers/accounts/secrets";
import { AppError } from "@/lib/errors";
import { newWebhookSecret } from "./signature";

/** A new secret, and what is stored of it. */
export function newStoredSecret(): { secret: string; stored: { secret: string; keyId: string; secretHint: string } } {
  const keys = secretKeys();
  if (keys.length === 0) throw new AppError("webhookSecretsMissing", "CARRIER_SECRETS_KEYS is not set: webhook secrets cannot be stored");
  const secret = newWebhookSecret();
  const { ciphertext, keyId } = encryptText(secret, keys);
  return { secret, stored: { secret: ciphertext, keyId, secretHint: secret.slice(-4) } };
}

export function readStoredSecret(stored: { secret: string; keyId: string }): string {
  return decryptText({ ciphertext: stored.secret, keyId: stored.keyId }, secretKeys());
}
