import { handle } from "@/lib/api/handle";
import { getPickupAvailability } from "@/lib/api/endpoints/pickups";

export const GET = handle(getPickupAvailability);
