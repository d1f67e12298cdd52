import { handle } from "@/lib/api/handle";
import { createPickup, listPickups } from "@/lib/api/endpoints/pickups";

export const GET = handle(listPickups);
export const POST = handle(createPickup);
