"use server";

/** Open return templates (shippers): make one (or price it first), print its labels, retire it. */
import { createOpenReturnFor, quoteOpenReturnFor, retireOpenReturnFor } from "@/lib/open-returns/templates";
import { printOpenReturnLabels } from "@/lib/open-returns/print";
import { openReturnIdSchema, openReturnSchema, printOpenReturnSchema } from "@/lib/open-returns/schemas";
import { formatMoney } from "@/lib/i18n/format";
import { businessAction } from "@/lib/tenancy/action";

export const quoteOpenReturnAction = businessAction({
  permission: "shipments.create",
  schema: openReturnSchema,
  run: async (actor, input, locale) => {
    const cents = await quoteOpenReturnFor(actor, input);
    return { message: "openReturnQuoted", messageValues: { price: formatMoney(cents, locale) } };
  },
});

export const createOpenReturnAction = businessAction({
  permission: "shipments.create",
  schema: openReturnSchema,
  run: async (actor, input, locale) => {
    const made = await createOpenReturnFor(actor, input);
    return { message: "openReturnCreated", messageValues: { price: formatMoney(made.estimatedCents, locale), max: input.maxUses } };
  },
});

export const printOpenReturnAction = businessAction({
  permission: "shipments.create",
  schema: printOpenReturnSchema,
  run: async (actor, input) => {
    await printOpenReturnLabels(actor, { openReturnId: input.openReturnId, count: input.count, printId: input.printId });
    // The labels are issued: the page offers their PDF (the same print id never issues twice).
    return { redirectTo: `/b/${actor.slug}/returns/open/${input.openReturnId}?printed=${input.printId}&size=${input.size}` };
  },
});

export const retireOpenReturnAction = businessAction({
  permission: "shipments.create",
  schema: openReturnIdSchema,
  run: async (actor, input) => {
    await retireOpenReturnFor(actor, input.openReturnId);
    return { message: "openReturnRetired" };
  },
});
