import { handle } from "@/lib/api/handle";
import { createShipment, listShipmentsEndpoint } from "@/lib/api/endpoints/shipments";

export const GET = handle(listShipmentsEndpoint);
export const POST = handle(createShipment);
