import { handle } from "@/lib/api/handle";
import { buyBatch } from "@/lib/api/endpoints/batches";

export const POST = handle(buyBatch);
