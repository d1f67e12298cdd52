import { handle } from "@/lib/api/handle";
import { getReturnLabel } from "@/lib/api/endpoints/labels";

export const POST = handle(getReturnLabel);
