import type { ApiKeyMode, ApiKeyScope } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/tenancy/actor";

/** The key a request came with. */
export interface ApiKeyIdentity {
  id: string;
  name: string;
  mode: ApiKeyMode;
  scope: ApiKeyScope;
}

/**
 * A request to the web services acting in its key's business: the member who created the key acts
 * (so every service works as from the web app), with the role the key's scope gives, and the key
 * itself named for the audit log and for test mode (reference carrier or sandbox, never charged).
 */
export interface ApiActor extends Actor {
  apiKey: ApiKeyIdentity;
}

/** What an endpoint does, and so which key scopes may call it. */
export type ApiAccess = "rates" | "read" | "write";

const ALLOWED: Record<ApiKeyScope, readonly ApiAccess[]> = {
  FULL: ["rates", "read", "write"],
  READ: ["rates", "read"],
  RATES: ["rates"],
};

export function scopeAllows(scope: ApiKeyScope, access: ApiAccess): boolean {
  return ALLOWED[scope].includes(access);
}
