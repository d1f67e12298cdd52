import { handle } from "@/lib/api/handle";
import { deleteContactEndpoint, getContactEndpoint, updateContactEndpoint } from "@/lib/api/endpoints/contacts";

export const GET = handle(getContactEndpoint);
export const PATCH = handle(updateContactEndpoint);
export const DELETE = handle(deleteContactEndpoint);
