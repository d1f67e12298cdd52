"use server";

import { z } from "zod";
import { choice, idField, text } from "@/lib/forms/fields";
import { emailLabels } from "@/lib/email/labels-request";
import { EMAIL_LABELS_LIMITS } from "@/lib/forms/limits";
import { retryEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors";
import { businessAction } from "@/lib/tenancy/action";

const id = idField;

/** Emails a batch's labels (batchId) or one shipment's label (shipmentId) to up to five addresses. */
export const emailLabelsAction = businessAction({
  permission: "shipments.create",
  schema: z
    .object({ batchId: id.optional(), shipmentId: id.optional(), to: text(EMAIL_LABELS_LIMITS.to), format: choice(["PDF_4X6", "PDF_LETTER"]), note: text(EMAIL_LABELS_LIMITS.note) })
    .refine((v) => Boolean(v.batchId) !== Boolean(v.shipmentId), { message: "unreadable", path: ["batchId"] }),
  run: async (actor, input, locale) => {
    const count = await emailLabels(actor, input, locale);
    return { message: "labelsEmailQueued", messageValues: { count } };
  },
});

/** Sends a failed email again. */
export const retryEmailAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ emailId: id }),
  run: async (actor, input) => {
    if (!(await retryEmail(actor, input.emailId))) throw new AppError("notFound");
    return { message: "emailRetried" };
  },
});
