"use server";

import { z } from "zod";
import { startInvoiceCheckout } from "@/lib/batches/card-payment";
import { businessAction } from "@/lib/tenancy/action";

/** Pays an open invoice by card on Stripe's page. */
export const payInvoiceAction = businessAction({
  permission: "billing.manage",
  schema: z.object({ invoiceId: z.string().min(1).max(64) }),
  run: async (actor, input) => {
    const { redirectTo } = await startInvoiceCheckout(actor, input.invoiceId);
    return { redirectTo };
  },
});
