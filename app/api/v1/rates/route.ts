import { handle } from "@/lib/api/handle";
import { getRates } from "@/lib/api/endpoints/rates";

export const POST = handle(getRates);
