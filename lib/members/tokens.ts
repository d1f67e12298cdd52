import crypto from "node:crypto";

/** A random invitation token for the email link; only its hash is stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export const INVITATION_TTL_DAYS = 7;
