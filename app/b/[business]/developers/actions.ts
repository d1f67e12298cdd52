"use server";

/**
 * Developers (owners and admins): create an API key, shown once in the answer to the browser that
 * made it, and revoke one (the next request with it gets 401). Both are in the audit log.
 */
import { z } from "zod";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { choice, idField, requiredText } from "@/lib/forms/fields";
import { API_KEY_LIMITS } from "@/lib/forms/limits";
import { businessAction } from "@/lib/tenancy/action";

const createSchema = z.object({
  name: requiredText(API_KEY_LIMITS.name),
  apiKeyMode: choice(["TEST", "LIVE"]),
  apiKeyScope: choice(["FULL", "READ", "RATES"]),
});

export const createApiKeyAction = businessAction({
  permission: "developers.manage",
  schema: createSchema,
  run: async (actor, input) => {
    const { secret } = await createApiKey(actor, { name: input.name, mode: input.apiKeyMode, scope: input.apiKeyScope });
    return { message: "apiKeyCreated", messageValues: { name: input.name }, secret };
  },
});

export const revokeApiKeyAction = businessAction({
  permission: "developers.manage",
  schema: z.object({ id: idField }),
  run: async (actor, { id }) => {
    await revokeApiKey(actor, id);
    return { message: "apiKeyRevoked" };
  },
});
