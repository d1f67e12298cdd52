import { handle } from "@/lib/api/handle";
import { getPickupById, updatePickup } from "@/lib/api/endpoints/pickups";

export const GET = handle(getPickupById);
export const PATCH = handle(updatePickup);
