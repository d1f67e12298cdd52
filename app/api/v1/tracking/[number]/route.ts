import { handle } from "@/lib/api/handle";
import { getTracking } from "@/lib/api/endpoints/tracking";

export const GET = handle(getTracking);
