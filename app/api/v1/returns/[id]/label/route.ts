import { handle } from "@/lib/api/handle";
import { getReturnLabelFile } from "@/lib/api/endpoints/returns";

export const GET = handle(getReturnLabelFile);
