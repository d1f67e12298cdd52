import { handle } from "@/lib/api/handle";
import { createContactEndpoint, listContactsEndpoint } from "@/lib/api/endpoints/contacts";

export const GET = handle(listContactsEndpoint);
export const POST = handle(createContactEndpoint);
