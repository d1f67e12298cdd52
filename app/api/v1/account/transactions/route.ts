import { handle } from "@/lib/api/handle";
import { listAccountTransactions } from "@/lib/api/endpoints/account";

export const GET = handle(listAccountTransactions);
