"use server";

/**
 * Developers, Webhooks (owners and admins): add an endpoint (its signing secret comes back with the
 * success, the only time it is shown), change its URL, description or events, turn it on or off, roll its secret, delete it, re-send a
 * delivery. Each names its endpoint or delivery by id; one of another business is not found.
 */
import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { businessAction } from "@/lib/tenancy/action";
import { createWebhookEndpoint, deleteWebhookEndpoint, resendWebhookDelivery, rollWebhookSecret, setWebhookEndpointEnabled, updateWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { webhookEndpointSchema } from "@/lib/webhooks/schema";

const idSchema = z.object({ id: idField });

export const createWebhookEndpointAction = businessAction({
  permission: "developers.manage",
  schema: webhookEndpointSchema,
  run: async (actor, input) => {
    const { secret } = await createWebhookEndpoint(actor, input);
    return { message: "webhookEndpointCreated", secret };
  },
});

export const updateWebhookEndpointAction = businessAction({
  permission: "developers.manage",
  schema: webhookEndpointSchema.extend({ id: idField }),
  run: async (actor, { id, ...input }) => {
    await updateWebhookEndpoint(actor, id, input);
    return { message: "webhookEndpointUpdated" };
  },
});

export const setWebhookEndpointEnabledAction = businessAction({
  permission: "developers.manage",
  schema: z.object({ id: idField, enabled: z.enum(["true", "false"], { message: "choose" }) }),
  run: async (actor, { id, enabled }) => {
    await setWebhookEndpointEnabled(actor, id, enabled === "true");
    return { message: enabled === "true" ? "webhookEndpointEnabled" : "webhookEndpointDisabled" };
  },
});

export const rollWebhookSecretAction = businessAction({
  permission: "developers.manage",
  schema: idSchema,
  run: async (actor, { id }) => ({ message: "webhookSecretRolled", secret: await rollWebhookSecret(actor, id) }),
});

export const deleteWebhookEndpointAction = businessAction({
  permission: "developers.manage",
  schema: idSchema,
  run: async (actor, { id }) => {
    await deleteWebhookEndpoint(actor, id);
    return { redirectTo: `/b/${actor.slug}/developers/webhooks` };
  },
});

export const resendWebhookDeliveryAction = businessAction({
  permission: "developers.manage",
  schema: idSchema,
  run: async (actor, { id }) => {
    await resendWebhookDelivery(actor, id);
    return { message: "webhookDeliveryResent" };
  },
});
