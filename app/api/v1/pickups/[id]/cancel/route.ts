import { handle } from "@/lib/api/handle";
import { cancelPickupById } from "@/lib/api/endpoints/pickups";

export const POST = handle(cancelPickupById);
