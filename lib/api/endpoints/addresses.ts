/**
 * POST /api/v1/addresses/validate: the web forms' address checks (lib/addresses), offline: each
 * problem in the forms' words, the address normalised, and what was filled from the postal code.
 * A storefront key may call it (checkout forms check the address before the order is placed).
 */
import { z } from "zod";
import { validateAddress } from "@/lib/addresses/validate-address";
import { fieldMessage } from "@/lib/forms/problems";
import { endpoint } from "../endpoint";
import { namedFieldMessage } from "../errors";
import { Address, AddressInput, addressObject } from "../schemas/address";
import { FieldError } from "../schemas/common";

const ValidateRequest = AddressInput.extend({
  role: z.enum(["recipient", "sender"]).default("recipient").meta({ description: "A sender ships from Canada and needs a phone number." }),
}).meta({ id: "AddressValidateRequest" });

const ValidateResponse = z
  .object({
    valid: z.boolean(),
    errors: z.array(FieldError).meta({ description: "Each field's problem, in the web forms' words; empty when valid." }),
    address: Address.meta({ description: "The address normalised (also when not valid: what could be read)." }),
    suggestions: z.object({ city: z.string().optional(), province: z.string().optional() }).meta({ description: "A city or province read from a Canadian postal code, for blank fields." }),
    filledFromPostalCode: z.array(z.enum(["city", "province"])).meta({ description: "Fields that were blank and were filled from the postal code: ask the customer to check them." }),
  })
  .meta({ id: "AddressValidation" });

export const validateAddressEndpoint = endpoint({
  id: "validateAddress",
  method: "POST",
  path: "/addresses/validate",
  access: "rates",
  tag: "Addresses",
  summary: "Check and normalise an address",
  description:
    "The same checks as Envoi's forms, offline: Canadian postal codes against their forward sortation area and province, US states and ZIP codes, other countries' postal code formats, Canada Post's field lengths. Answers 200 with `valid: false` and each problem rather than an error. A storefront key may call it.",
  body: ValidateRequest,
  response: ValidateResponse,
  idempotent: false,
  errors: [400],
  async run({ body, locale }) {
    const { role, ...input } = body;
    const result = validateAddress(input, { role });
    const errors = result.ok
      ? []
      : Object.entries(result.errors).map(([field, problem]) => ({
          param: field,
          code: problem!.code,
          message: namedFieldMessage(locale, field, problem!.code, fieldMessage(locale, field, problem!, "address.errors")),
        }));
    return { valid: result.ok, errors, address: addressObject(result.value), suggestions: result.suggestions, filledFromPostalCode: result.filledFromPostalCode };
  },
});
