import { handle } from "@/lib/api/handle";
import { voidShipmentEndpoint } from "@/lib/api/endpoints/shipments";

export const POST = handle(voidShipmentEndpoint);
