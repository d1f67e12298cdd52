import { FieldsError } from "@/lib/errors";
import { validateAddress, type Address, type AddressInput, type ValidateAddressOptions } from "./validate-address";

/**
 * The valid, normalised address, or a FieldsError whose messages (address.errors) go next to each
 * field. `rename` maps address fields to the form's own names (a location's "name" is its
 * "contactName").
 */
export function checkAddress(input: AddressInput, options: ValidateAddressOptions & { rename?: Record<string, string> } = {}): Address {
  const result = validateAddress(input, options);
  if (result.ok) return result.value;
  const problems = Object.fromEntries(Object.entries(result.errors).map(([field, problem]) => [options.rename?.[field] ?? field, problem!]));
  throw new FieldsError("address.errors", problems);
}
