import { handle } from "@/lib/api/handle";
import { getAccount } from "@/lib/api/endpoints/account";

export const GET = handle(getAccount);
