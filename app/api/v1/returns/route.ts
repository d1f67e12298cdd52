import { handle } from "@/lib/api/handle";
import { listReturns } from "@/lib/api/endpoints/returns";

export const GET = handle(listReturns);
