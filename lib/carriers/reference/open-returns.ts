/**
 * The reference carrier's open returns (Canada Post openreturn-v2 in the same shape): a template
 * for up to `maxUses` generic prepaid return labels to one of the business's locations, each
 * label with its own PIN. The carrier keeps no state of its own: what it has issued of a template
 * is read from Envoi's records (`templateUsage`), as its tracking reads the labels it sold.
 */
import { openReturnLabelOf } from "@/lib/labels/open-return-label";
import { problem } from "@/lib/rating/problems";
import { pinFromSerial } from "@/lib/shipments/tracking-numbers";
import type { CarrierResult, IssuedReturnLabel, OpenReturnTemplate, OpenReturnTemplateRequest } from "../types";

/** How many labels one template may issue on the reference carrier. */
export const OPEN_RETURN_MAX_USES = { min: 1, max: 10000 } as const;

/** What Envoi recorded of a template: its labels issued so far, and whether it was retired. */
export interface OpenReturnUsage {
  maxUses: number;
  issued: number;
  retired: boolean;
}

export interface ReferenceOpenReturnOptions {
  nextSerial?: (kind: "PIN" | "S10") => Promise<bigint>;
  templateUsage?: (templateId: string) => Promise<OpenReturnUsage | null>;
}

const refused = <T>(code: Parameters<typeof problem>[0], values?: Record<string, string | number>): CarrierResult<T> => ({
  data: null,
  messages: [{ carrier: "reference", problem: problem(code, undefined, values) }],
});

export function referenceOpenReturns(options: ReferenceOpenReturnOptions) {
  const { nextSerial, templateUsage } = options;
  if (!nextSerial || !templateUsage) return {};
  return {
    async createOpenReturnTemplate(request: OpenReturnTemplateRequest): Promise<CarrierResult<OpenReturnTemplate>> {
      const { min, max } = OPEN_RETURN_MAX_USES;
      if (!Number.isInteger(request.maxUses) || request.maxUses < min || request.maxUses > max) return refused("openReturnMaxUses", { min, max });
      if (!request.label.serviceCode.startsWith("DOM.") || request.label.recipient.country !== "CA") return refused("openReturnDomesticOnly");
      return { data: { templateId: `REF-OR-${await nextSerial("PIN")}`, maxUses: request.maxUses }, messages: [] };
    },
    async nextOpenReturnLabel(templateId: string, request: OpenReturnTemplateRequest): Promise<CarrierResult<IssuedReturnLabel>> {
      const usage = await templateUsage(templateId);
      if (!usage || usage.retired) return refused("openReturnRetired");
      if (usage.issued >= usage.maxUses) return refused("openReturnUsedUp", { max: usage.maxUses });
      const trackingNumber = pinFromSerial(await nextSerial("PIN"));
      return {
        data: { trackingNumber, carrierShipmentId: `${templateId}-${usage.issued + 1}`, estimatedCents: request.estimatedCents ?? 0, label: { kind: "draw", label: openReturnLabelOf(request.label, trackingNumber) } },
        messages: [],
      };
    },
    async retireOpenReturnTemplate(templateId: string): Promise<CarrierResult<{ retired: true }>> {
      const usage = await templateUsage(templateId);
      return usage ? { data: { retired: true }, messages: [] } : refused("openReturnRetired");
    },
  };
}
