import type { FormState } from "@/lib/forms/state";
import * as members from "@/app/b/[business]/members/actions";
import * as settings from "@/app/b/[business]/settings/actions";
import * as templates from "@/app/b/[business]/templates/actions";
import * as locations from "@/app/b/[business]/locations/actions";
import * as defaults from "@/app/b/[business]/defaults/actions";
import * as contacts from "@/app/b/[business]/contacts/actions";
import * as contactImport from "@/app/b/[business]/contacts/import/actions";
import * as batches from "@/app/b/[business]/batches/actions";
import * as account from "@/app/b/[business]/account/actions";
import * as orderImport from "@/app/b/[business]/batches/import/actions";
import * as shipments from "@/app/b/[business]/shipments/actions";
import * as pickups from "@/app/b/[business]/pickups/actions";
import * as carriers from "@/app/b/[business]/settings/carriers/actions";
import * as developers from "@/app/b/[business]/developers/actions";
import * as webhooks from "@/app/b/[business]/developers/webhooks/actions";
import * as manifests from "@/app/b/[business]/manifests/actions";
import * as shipmentReturns from "@/app/b/[business]/shipments/[id]/returns/actions";
import * as returns from "@/app/b/[business]/returns/actions";
import * as openReturns from "@/app/b/[business]/returns/open/actions";
import type { TestBusiness } from "../fixtures";

export type BusinessAction = (slug: string, prev: FormState, data: FormData) => Promise<FormState>;
export interface Target {
  business: TestBusiness;
  templateId: string;
  locationId: string;
  contactId: string;
  memberMembershipId: string;
  invitationId: string;
  /** A draft batch with one row, and an issued (paid) shipment. */
  batchId: string;
  rowId: string;
  labelledShipmentId: string;
  /** An open invoice. */
  invoiceId: string;
  /** An email that failed (to retry). */
  failedEmailId: string;
  /** A scheduled pickup, still changeable. */
  pickupId: string;
  /** The business's own Canada Post account. */
  carrierAccountId: string;
  /** An API key of the business, not revoked. */
  apiKeyId: string;
  /** A webhook endpoint and one of its deliveries. */
  webhookEndpointId: string;
  webhookDeliveryId: string;
  /** A customer's return request waiting for approval, and a return whose label is issued. */
  requestedReturnId: string;
  issuedReturnId: string;
  /** An active open return template with labels left. */
  openReturnId: string;
}

/**
 * Every business-scoped action with a valid input aimed at one business's rows. Adding an action
 * to the app without adding it here fails the first test below.
 */
const LOCATION = { label: "Depot", contactName: "Intruder", company: "", phone: "416 555 0100", email: "", line1: "1 Front St W", line2: "", city: "Toronto", province: "ON", postalCode: "M5J 2X5", closeTime: "17:30" };

/** One valid row for the import action, mapped as the browser sends it (see lib/contacts/import/request.ts). */
const IMPORT = {
  fileName: "intruder.csv",
  mode: "all",
  columns: JSON.stringify([{ header: "Name", field: "name" }, { header: "Address", field: "line1" }, { header: "City", field: "city" }, { header: "Province", field: "province" }, { header: "Postal code", field: "postalCode" }]),
  rows: JSON.stringify([["Intruder", "1 Main St", "Toronto", "ON", "M5J 2X5"]]),
  rowNumbers: JSON.stringify([2]),
};

/** One order for the batch import action, mapped as the browser sends it (see lib/batches/import/request.ts). */
const ORDERS = {
  fileName: "intruder.csv",
  units: "METRIC",
  columns: JSON.stringify([{ header: "Order", field: "reference1" }, { header: "Name", field: "name" }, { header: "Address", field: "line1" }, { header: "City", field: "city" }, { header: "Postal code", field: "postalCode" }, { header: "Weight", field: "weight" }]),
  rows: JSON.stringify([["#1", "Intruder", "1 Main St", "Toronto", "M5J 2X5", "1"]]),
  rowNumbers: JSON.stringify([2]),
};

/** A pickup as the form sends it (the carrier's rules would refuse nothing but the ids). */
const PICKUP = { date: "2099-06-16", readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", instructions: "", contactName: "Intruder", contactPhone: "416 555 0100", contactEmail: "intruder@example.com", parcels: "2", totalWeight: "3" };

/** A Canada Post API key as the Carrier accounts form sends it. */
const CARRIER_ACCOUNT = { mode: "PRODUCTION", username: "intruder-key", password: "intruder-password", customerNumber: "9999999", contractNumber: "", moboCustomerNumber: "" };

/** An open return template as its form sends it. */
const OPEN_RETURN = { serviceCode: "DOM.EP", units: "METRIC", length: "30", width: "20", height: "10", weight: "1", maxUses: "5" };

const CONTACT = { name: "Intruder", company: "", line1: "1 Main St", line2: "", city: "Toronto", province: "ON", postalCode: "M5J 2X5", country: "CA", phone: "", email: "", notes: "", tags: "", taxId: "" };

export const BUSINESS_ACTIONS: Record<string, { action: BusinessAction; input: (t: Target) => Record<string, string>; permission: "manage" | "ship" | "self" }> = {
  "app/b/[business]/members/actions.ts#inviteMemberAction": { action: members.inviteMemberAction, input: () => ({ email: "intruder@example.com", role: "OWNER" }), permission: "manage" },
  "app/b/[business]/members/actions.ts#revokeInvitationAction": { action: members.revokeInvitationAction, input: (t) => ({ invitationId: t.invitationId }), permission: "manage" },
  "app/b/[business]/members/actions.ts#changeRoleAction": { action: members.changeRoleAction, input: (t) => ({ membershipId: t.memberMembershipId, role: "OWNER" }), permission: "manage" },
  "app/b/[business]/members/actions.ts#removeMemberAction": { action: members.removeMemberAction, input: (t) => ({ membershipId: t.memberMembershipId }), permission: "manage" },
  "app/b/[business]/members/actions.ts#leaveBusinessAction": { action: members.leaveBusinessAction, input: () => ({}), permission: "self" },
  "app/b/[business]/settings/actions.ts#updateProfileAction": {
    action: settings.updateProfileAction,
    input: () => ({ name: "Hijacked", legalName: "", phone: "", email: "", businessNumber: "", gstHstNumber: "", qstNumber: "", accountNumber: "" }),
    permission: "manage",
  },
  "app/b/[business]/settings/actions.ts#updateReturnSettingsAction": {
    action: settings.updateReturnSettingsAction,
    input: () => ({ returnWindowDays: "1", returnReasons: "Hijacked", returnPayer: "CUSTOMER", returnsNeedApproval: "on", returnsPageEnabled: "" }),
    permission: "manage",
  },
  "app/b/[business]/templates/actions.ts#createTemplateAction": {
    action: templates.createTemplateAction,
    input: () => ({ name: "Intruder box", packaging: "BOX", units: "METRIC", length: "10", width: "10", height: "10", weight: "0.1" }),
    permission: "ship",
  },
  "app/b/[business]/templates/actions.ts#updateTemplateAction": {
    action: templates.updateTemplateAction,
    input: (t) => ({ id: t.templateId, name: "Renamed", packaging: "BOX", units: "METRIC", length: "10", width: "10", height: "10", weight: "0.1" }),
    permission: "ship",
  },
  "app/b/[business]/templates/actions.ts#deleteTemplateAction": { action: templates.deleteTemplateAction, input: (t) => ({ id: t.templateId }), permission: "ship" },
  "app/b/[business]/locations/actions.ts#createLocationAction": { action: locations.createLocationAction, input: () => LOCATION, permission: "manage" },
  "app/b/[business]/locations/actions.ts#updateLocationAction": { action: locations.updateLocationAction, input: (t) => ({ ...LOCATION, id: t.locationId }), permission: "manage" },
  "app/b/[business]/locations/actions.ts#makeDefaultLocationAction": { action: locations.makeDefaultLocationAction, input: (t) => ({ id: t.locationId }), permission: "manage" },
  "app/b/[business]/locations/actions.ts#deleteLocationAction": { action: locations.deleteLocationAction, input: (t) => ({ id: t.locationId }), permission: "manage" },
  "app/b/[business]/defaults/actions.ts#updateBusinessDefaultsAction": {
    action: defaults.updateBusinessDefaultsAction,
    input: (t) => ({ defaultLocationId: t.locationId, defaultService: "DOM.RP", labelFormat: "PDF_LETTER", units: "IMPERIAL", locale: "fr", reference: "x", notificationEmails: "" }),
    permission: "manage",
  },
  "app/b/[business]/defaults/actions.ts#updateMyDefaultsAction": {
    action: defaults.updateMyDefaultsAction,
    input: (t) => ({ defaultLocationId: t.locationId, defaultService: "", labelFormat: "", units: "IMPERIAL", locale: "", reference: "", notificationEmails: "" }),
    permission: "ship",
  },
  "app/b/[business]/contacts/actions.ts#createContactAction": { action: contacts.createContactAction, input: () => CONTACT, permission: "ship" },
  "app/b/[business]/contacts/actions.ts#updateContactAction": { action: contacts.updateContactAction, input: (t) => ({ ...CONTACT, id: t.contactId }), permission: "ship" },
  "app/b/[business]/contacts/actions.ts#deleteContactAction": { action: contacts.deleteContactAction, input: (t) => ({ id: t.contactId }), permission: "ship" },
  "app/b/[business]/contacts/import/actions.ts#importContactsAction": { action: contactImport.importContactsAction, input: () => IMPORT, permission: "ship" },
  "app/b/[business]/templates/actions.ts#setUnitsAction": { action: templates.setUnitsAction, input: () => ({ units: "IMPERIAL" }), permission: "self" },
  "app/b/[business]/batches/actions.ts#createBatchAction": { action: batches.createBatchAction, input: () => ({}), permission: "ship" },
  "app/b/[business]/batches/actions.ts#addRowAction": { action: batches.addRowAction, input: (t) => ({ batchId: t.batchId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#addContactsAction": { action: batches.addContactsAction, input: (t) => ({ batchId: t.batchId, contactIds: t.contactId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#duplicateRowAction": { action: batches.duplicateRowAction, input: (t) => ({ batchId: t.batchId, shipmentId: t.rowId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#removeRowAction": { action: batches.removeRowAction, input: (t) => ({ batchId: t.batchId, shipmentId: t.rowId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#saveRowAction": {
    action: batches.saveRowAction,
    input: (t) => ({ batchId: t.batchId, shipmentId: t.rowId, locationId: t.locationId, name: "Intruder", line1: "1 Main St", city: "Toronto", province: "ON", postalCode: "M5J 2X5", country: "CA", length: "10", width: "10", height: "10", weight: "1", changed: "locationId,name,line1,city,province,postalCode,country,length,width,height,weight" }),
    permission: "ship",
  },
  "app/b/[business]/batches/actions.ts#rateBatchAction": { action: batches.rateBatchAction, input: (t) => ({ batchId: t.batchId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#chooseServiceAction": { action: batches.chooseServiceAction, input: (t) => ({ batchId: t.batchId, shipmentId: t.rowId, serviceCode: "DOM.PC" }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#chooseForAllAction": { action: batches.chooseForAllAction, input: (t) => ({ batchId: t.batchId, choice: "fastest" }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#payBatchAction": { action: batches.payBatchAction, input: (t) => ({ batchId: t.batchId, method: "ACCOUNT" }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#voidShipmentAction": { action: batches.voidShipmentAction, input: (t) => ({ shipmentId: t.labelledShipmentId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#applyTemplateAction": { action: batches.applyTemplateAction, input: (t) => ({ batchId: t.batchId, templateId: t.templateId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#pasteRowsAction": { action: batches.pasteRowsAction, input: (t) => ({ batchId: t.batchId, shipmentIds: t.rowId, column: "name", text: "Intruder\t\t1 Main St" }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#fillRowsAction": { action: batches.fillRowsAction, input: (t) => ({ batchId: t.batchId, shipmentIds: t.rowId, field: "city", value: "Toronto" }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#removeRowsAction": { action: batches.removeRowsAction, input: (t) => ({ batchId: t.batchId, shipmentIds: t.rowId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#cancelCardPaymentAction": { action: batches.cancelCardPaymentAction, input: (t) => ({ batchId: t.batchId, paymentId: "no-such-payment" }), permission: "ship" },
  "app/b/[business]/account/actions.ts#payInvoiceAction": { action: account.payInvoiceAction, input: (t) => ({ invoiceId: t.invoiceId }), permission: "manage" },
  "app/b/[business]/shipments/actions.ts#emailLabelsAction": { action: shipments.emailLabelsAction, input: (t) => ({ shipmentId: t.labelledShipmentId, to: "intruder@example.com", format: "PDF_4X6" }), permission: "ship" },
  "app/b/[business]/shipments/actions.ts#retryEmailAction": { action: shipments.retryEmailAction, input: (t) => ({ emailId: t.failedEmailId }), permission: "ship" },
  "app/b/[business]/pickups/actions.ts#bookPickupAction": { action: pickups.bookPickupAction, input: (t) => ({ ...PICKUP, locationId: t.locationId, batchId: t.batchId }), permission: "ship" },
  "app/b/[business]/pickups/actions.ts#changePickupAction": { action: pickups.changePickupAction, input: (t) => ({ ...PICKUP, pickupId: t.pickupId, locationId: t.locationId }), permission: "ship" },
  "app/b/[business]/pickups/actions.ts#cancelPickupAction": { action: pickups.cancelPickupAction, input: (t) => ({ pickupId: t.pickupId }), permission: "ship" },
  "app/b/[business]/shipments/[id]/returns/actions.ts#createReturnAction": { action: shipmentReturns.createReturnAction, input: (t) => ({ shipmentId: t.labelledShipmentId, items: "[]", reason: "damaged", note: "", email: "", customerLocale: "en" }), permission: "ship" },
  "app/b/[business]/returns/actions.ts#approveReturnAction": { action: returns.approveReturnAction, input: (t) => ({ returnId: t.requestedReturnId }), permission: "ship" },
  "app/b/[business]/returns/actions.ts#refuseReturnAction": { action: returns.refuseReturnAction, input: (t) => ({ returnId: t.requestedReturnId, refusedReason: "Hijacked" }), permission: "ship" },
  "app/b/[business]/returns/actions.ts#cancelReturnAction": { action: returns.cancelReturnAction, input: (t) => ({ returnId: t.issuedReturnId }), permission: "ship" },
  "app/b/[business]/returns/open/actions.ts#quoteOpenReturnAction": { action: openReturns.quoteOpenReturnAction, input: (t) => ({ ...OPEN_RETURN, locationId: t.locationId }), permission: "ship" },
  "app/b/[business]/returns/open/actions.ts#createOpenReturnAction": { action: openReturns.createOpenReturnAction, input: (t) => ({ ...OPEN_RETURN, locationId: t.locationId }), permission: "ship" },
  "app/b/[business]/returns/open/actions.ts#printOpenReturnAction": { action: openReturns.printOpenReturnAction, input: (t) => ({ openReturnId: t.openReturnId, count: "1", size: "letter", printId: "intruder-print-0001" }), permission: "ship" },
  "app/b/[business]/returns/open/actions.ts#retireOpenReturnAction": { action: openReturns.retireOpenReturnAction, input: (t) => ({ openReturnId: t.openReturnId }), permission: "ship" },
  "app/b/[business]/manifests/actions.ts#closeDayAction": { action: manifests.closeDayAction, input: (t) => ({ locationId: t.locationId }), permission: "ship" },
  "app/b/[business]/batches/actions.ts#deleteBatchAction": { action: batches.deleteBatchAction, input: (t) => ({ batchId: t.batchId }), permission: "ship" },
  "app/b/[business]/batches/import/actions.ts#importOrdersAction": { action: orderImport.importOrdersAction, input: () => ORDERS, permission: "ship" },
  "app/b/[business]/developers/actions.ts#createApiKeyAction": { action: developers.createApiKeyAction, input: () => ({ name: "Intruder key", apiKeyMode: "LIVE", apiKeyScope: "FULL" }), permission: "manage" },
  "app/b/[business]/developers/actions.ts#revokeApiKeyAction": { action: developers.revokeApiKeyAction, input: (t) => ({ id: t.apiKeyId }), permission: "manage" },
  "app/b/[business]/developers/webhooks/actions.ts#createWebhookEndpointAction": {
    action: webhooks.createWebhookEndpointAction,
    input: () => ({ url: "https://intruder.example.com/hooks", description: "", events: "shipment.purchased" }),
    permission: "manage",
  },
  "app/b/[business]/developers/webhooks/actions.ts#updateWebhookEndpointAction": {
    action: webhooks.updateWebhookEndpointAction,
    input: (t) => ({ id: t.webhookEndpointId, url: "https://intruder.example.com/hooks", description: "", events: "shipment.purchased" }),
    permission: "manage",
  },
  "app/b/[business]/developers/webhooks/actions.ts#setWebhookEndpointEnabledAction": { action: webhooks.setWebhookEndpointEnabledAction, input: (t) => ({ id: t.webhookEndpointId, enabled: "false" }), permission: "manage" },
  "app/b/[business]/developers/webhooks/actions.ts#rollWebhookSecretAction": { action: webhooks.rollWebhookSecretAction, input: (t) => ({ id: t.webhookEndpointId }), permission: "manage" },
  "app/b/[business]/developers/webhooks/actions.ts#resendWebhookDeliveryAction": { action: webhooks.resendWebhookDeliveryAction, input: (t) => ({ id: t.webhookDeliveryId }), permission: "manage" },
  "app/b/[business]/developers/webhooks/actions.ts#deleteWebhookEndpointAction": { action: webhooks.deleteWebhookEndpointAction, input: (t) => ({ id: t.webhookEndpointId }), permission: "manage" },
  // Last: saving in A's own business connects A to Canada Post, so no action after it may rate or buy in A.
  "app/b/[business]/settings/carriers/actions.ts#testCarrierAccountAction": { action: carriers.testCarrierAccountAction, input: (t) => ({ id: t.carrierAccountId }), permission: "manage" },
  "app/b/[business]/settings/carriers/actions.ts#removeCarrierAccountAction": { action: carriers.removeCarrierAccountAction, input: (t) => ({ id: t.carrierAccountId }), permission: "manage" },
  "app/b/[business]/settings/carriers/actions.ts#saveCarrierAccountAction": { action: carriers.saveCarrierAccountAction, input: () => CARRIER_ACCOUNT, permission: "manage" },
};

/** Actions that act on no business, and why a business cannot be reached through them. */
export const NOT_BUSINESS_SCOPED: Record<string, string> = {
  "app/actions/locale.ts#setLocaleAction": "changes the caller's own language only",
  "app/actions/sign-out.ts#signOutAction": "ends the caller's own session",
  "app/signin/actions.ts#signInWithPassword": "public: sign-in",
  "app/signin/actions.ts#signInWithEmailLink": "public: sign-in",
  "app/signup/actions.ts#signUpAction": "public: creates a new user and business",
  "app/account/actions.ts#updateProfileAction": "the caller's own profile",
  "app/account/actions.ts#changePasswordAction": "the caller's own password",
  "app/account/actions.ts#signOutEverywhereAction": "ends the caller's own sessions (lib/auth/sessions.test.ts)",
  "app/verify-email/actions.ts#resendVerificationAction": "the caller's own unconfirmed account (lib/auth/email-verification.test.ts)",
  "app/businesses/new/actions.ts#createBusinessAction": "creates a new business owned by the caller",
  "app/invite/[token]/actions.ts#acceptInvitationAction": "the invitation token and invited email decide the business (tests/members.test.ts)",
  "app/returns/[business]/actions.ts#returnsPageAction": "public: a business's returns page; the slug and the order number with its email or postal code decide the order, every non-match answers alike (tests/returns-page-actions.test.ts)",
};

