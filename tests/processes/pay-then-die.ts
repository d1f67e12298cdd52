/**
 * A process that pays a batch on account and stops dead once the payment has committed, just as
 * the labels start to render: it says "rendering" on stdout and waits to be killed (SIGKILL) by the
 * test that started it. Arguments: businessId userId slug batchId.
 */
import { payBatch } from "@/lib/purchases/pay";

const [businessId, userId, slug, batchId] = process.argv.slice(2) as [string, string, string, string];

await payBatch({ businessId, userId, role: "OWNER", slug }, batchId, "ACCOUNT", {
  render: () => {
    process.stdout.write("rendering\n");
    return new Promise<never>(() => {});
  },
});
