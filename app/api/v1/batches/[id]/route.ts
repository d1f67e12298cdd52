import { handle } from "@/lib/api/handle";
import { getBatch } from "@/lib/api/endpoints/batches";

export const GET = handle(getBatch);
