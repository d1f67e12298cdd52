/**
 * The "Add an endpoint" form: its URL (checked against url-policy.ts for where the app runs), an
 * optional description, the events it receives (a comma-separated list the form keeps in one
 * hidden field) and their mode (live or test). Server-side: the URL rules depend on the environment (networkPolicy).
 */
import { z } from "zod";
import { text } from "@/lib/forms/fields";
import { isWebhookEventType, type WebhookEventType } from "./events";
import { networkPolicy } from "./policy";
import { MAX_URL_LENGTH, webhookUrlProblem } from "./url-policy";

export const DESCRIPTION_MAX = 200;

export const webhookEndpointSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "required")
    .max(MAX_URL_LENGTH, "maxChars")
    .superRefine((url, ctx) => {
      const problem = webhookUrlProblem(url, networkPolicy());
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  description: text(DESCRIPTION_MAX),
  events: z
    .string()
    .max(500, "unreadable")
    .optional()
    .default("")
    .transform((v) => [...new Set(v.split(",").map((e) => e.trim()).filter(Boolean))])
    .refine((list) => list.every(isWebhookEventType), "unreadable")
    .refine((list) => list.length > 0, "webhookEventsRequired")
    .transform((list) => list as WebhookEventType[]),
  /** LIVE: what is done in the app and with live API keys; TEST: what test API keys do. */
  mode: z.enum(["LIVE", "TEST"], "unreadable").optional().default("LIVE"),
});

export type WebhookEndpointInput = z.output<typeof webhookEndpointSchema>;
