import { handle } from "@/lib/api/handle";
import { cancelReturnEndpoint } from "@/lib/api/endpoints/returns";

export const POST = handle(cancelReturnEndpoint);
