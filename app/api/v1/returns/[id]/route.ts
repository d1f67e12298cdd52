import { handle } from "@/lib/api/handle";
import { getReturn } from "@/lib/api/endpoints/returns";

export const GET = handle(getReturn);
