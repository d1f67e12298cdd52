import { handle } from "@/lib/api/handle";
import { getShipmentEndpoint } from "@/lib/api/endpoints/shipments";

export const GET = handle(getShipmentEndpoint);
