import { handle } from "@/lib/api/handle";
import { listPostOffices } from "@/lib/api/endpoints/post-offices";

export const GET = handle(listPostOffices);
