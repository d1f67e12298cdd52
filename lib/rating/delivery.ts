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

export interface MailingInput {
  mailedAt: Date | string;
  timeZone: string;
  cutoff?: string;
  originProvince: Province;
}

/** The business day an item handed in at `mailedAt` counts as mailed (the same for every service). */
export function mailingDay(input: MailingInput): IsoDate {
  return mailingStartDate({ mailedAt: input.mailedAt, timeZone: input.timeZone, cutoff: input.cutoff, province: input.originProvince });
}

/**
 * `provinces`: the origin's, and the destination's for a domestic item (a day is a business day
 * only where it is one in both).
 */
export function deliveryEstimate(rule: ServiceRule, mailingDate: IsoDate, lane: Lane, provinces: readonly Province[]): DeliveryEstimate {
  const transitBusinessDays = rule.transitDays[lane];
  return {
    mailingDate,
    expectedDeliveryDate: expectedDeliveryDate(mailingDate, transitBusinessDays, provinces),
    transitBusinessDays,
    guaranteed: rule.guaranteed,
  };
}
