import { handle } from "@/lib/api/handle";
import { validateAddressEndpoint } from "@/lib/api/endpoints/addresses";

export const POST = handle(validateAddressEndpoint);
