/** What paying a batch returns, whatever the method (pay.ts on account, card.ts by card). */
export interface PayResult {
  batchId: string;
  status: "PAID" | "LABELLED" | "PAYING";
  totalCents: number;
  /** True when this call made the payment; false when the batch was already paid. */
  charged: boolean;
  /** Card: where the user pays (Stripe's page). */
  redirectTo?: string;
}
