import { handle } from "@/lib/api/handle";
import { createBatch, listBatches } from "@/lib/api/endpoints/batches";

export const GET = handle(listBatches);
export const POST = handle(createBatch);
