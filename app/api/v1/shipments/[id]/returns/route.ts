import { handle } from "@/lib/api/handle";
import { createReturn } from "@/lib/api/endpoints/returns";

export const POST = handle(createReturn);
