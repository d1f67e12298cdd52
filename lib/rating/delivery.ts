/**
 * Expected delivery date of a service on a lane: business days counted from the day after the
 * mailing start (weekends, postal closures of the provinces involved, and the cut-off move it).
 * Pure.
 */
import { expectedDeliveryDate, mailingStartDate, type IsoDate, type Province } from "./calendar";
import type { Lane, ServiceRule } from "./rules/types";

export interface DeliveryEstimate {
  /** The business day the item counts as mailed. */
  mailingDate: IsoDate;
  expectedDeliveryDate: IsoDate;
  transitBusinessDays: number;
  guaranteed: boolean;
}

export interface DeliveryInput {
  mailedAt: Date | string;
  timeZone: string;
  cutoff?: string;
  originProvince: Province;
  /** Domestic destinations only: its closures count too. */
  destinationProvince?: Province | null;
  lane: Lane;
}

export function deliveryEstimate(rule: ServiceRule, input: DeliveryInput): DeliveryEstimate {
  const provinces: Province[] = input.destinationProvince && input.destinationProvince !== input.originProvince ? [input.originProvince, input.destinationProvince] : [input.originProvince];
  const mailingDate = mailingStartDate({ mailedAt: input.mailedAt, timeZone: input.timeZone, cutoff: input.cutoff, province: input.originProvince });
  const transitBusinessDays = rule.transitDays[input.lane];
  return {
    mailingDate,
    expectedDeliveryDate: expectedDeliveryDate(mailingDate, transitBusinessDays, provinces),
    transitBusinessDays,
    guaranteed: rule.guaranteed,
  };
}
