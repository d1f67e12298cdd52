/**
 * A process that dies in the middle of a purchase, to be killed (SIGKILL) by the test that started
 * it once it says where it is on stdout. Arguments: businessId userId slug batchId step, where step
 * is "committed" (the payment has committed; nothing after it ran) or "drawing" (the purchase job
 * has bought and stored the labels and is drawing them).
 */
import { completePurchase } from "@/lib/purchases/complete";
import { payBatch } from "@/lib/purchases/pay";

const [businessId, userId, slug, batchId, step] = process.argv.slice(2) as [string, string, string, string, "committed" | "drawing"];
const actor = { businessId, userId, role: "OWNER" as const, slug };

await payBatch(actor, batchId, "ACCOUNT");
if (step === "committed") {
  process.stdout.write("committed\n");
} else {
  await completePurchase(actor, batchId, {
    render: () => {
      process.stdout.write("drawing\n");
      return new Promise<never>(() => {});
    },
  });
}
await new Promise<never>(() => {});
