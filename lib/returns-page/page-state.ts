/** What the public returns page's action answers, step by step (shown by components/returns-page/returns-flow.tsx). */
import type { ReturnItem } from "@/lib/returns/items";

/** An order found by its number and email or postal code: what step 2 offers. */
export interface ReturnableOrderView {
  orderNumber: string;
  contact: string;
  items: ReturnItem[];
  /** The business's reasons in the visitor's language. */
  reasons: { code: string; label: string }[];
  /** The email typed in step 1 (never the order's own email when the postal code was typed). */
  emailPrefill: string;
  /** Whether the label can go to the order's email when none is typed. */
  orderHasEmail: boolean;
  needsApproval: boolean;
  customerPays: boolean;
}

export type ReturnsPageState =
  | { status: "idle" }
  /** `order` null: back to step 1 (no match, window passed, too many attempts). */
  | { status: "error"; error: string; fieldErrors: Record<string, string>; values: Record<string, string>; order: ReturnableOrderView | null }
  | { status: "found"; order: ReturnableOrderView }
  /** `emailedTo` null: sent to the email on the order (not shown to who typed a postal code). */
  | { status: "issued"; number: string; labelUrl: string; emailedTo: string | null }
  | { status: "requested"; number: string; emailedTo: string | null };

export const RETURNS_PAGE_IDLE: ReturnsPageState = { status: "idle" };
