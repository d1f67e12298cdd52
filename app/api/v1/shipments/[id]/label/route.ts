import { handle } from "@/lib/api/handle";
import { getLabel } from "@/lib/api/endpoints/labels";

export const GET = handle(getLabel);
