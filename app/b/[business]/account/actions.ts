"use server";

import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { startInvoiceCheckout } from "@/lib/purchases/card";
import { businessAction } from "@/lib/tenancy/action";

/** Pays an open invoice by card on Stripe's page. */
export const payInvoiceAction = businessAction({
  permission: "billing.manage",
  schema: z.object({ invoiceId: idField }),
  run: async (actor, input) => {
    const { redirectTo } = await startInvoiceCheckout(actor, input.invoiceId);
    return { redirectTo };
  },
});
