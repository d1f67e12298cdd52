/** Refunds still pending (Stripe was unreachable when the label was voided) are asked for again. */
import { sendRefund } from "./refunds";
import { unsafeWithRecovery } from "@/lib/tenancy/context";

/** Cross-business on purpose (the refund_recovery_read policy): ids only; each refund is then sent in its business. */
async function unsafePendingRefunds(): Promise<{ id: string; businessId: string }[]> {
  return unsafeWithRecovery((tx) => tx.refund.findMany({ where: { status: "PENDING" }, select: { id: true, businessId: true }, take: 500 }));
}

export async function retryPendingRefunds(): Promise<number> {
  let sent = 0;
  for (const r of await unsafePendingRefunds()) {
    const result = await sendRefund({ businessId: r.businessId, userId: null }, r.id);
    if (result.status !== "PENDING") sent++;
  }
  return sent;
}
