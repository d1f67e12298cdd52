/**
 * The fake server's error answers: `<messages>` (messages.xsd) with Canada Post's code and a
 * description in the language asked for (Accept-language en-CA or fr-CA). Codes taken from Canada
 * Post's published code tables are used with their meaning (E002, AA004, Server, 004, 9111, 10028,
 * 10033, 3000, 2550, 2506, 9113, 9114, 9173, 1711, 2553, 8034, 9191, 9105); codes 7001-7099 (and 7292,
 * the code the connector expects for a repeated refund request) are the fake's own, for refusals
 * whose real code is not published.
 */
import { el, leaf, xmlDocument } from "./xml";

export type Lang = "en" | "fr";

export interface CpMessage {
  code: string;
  description: string;
}

export const MESSAGES_NS = "http://www.canadapost.ca/ws/messages";

interface Text {
  code: string;
  en: string;
  fr: string;
}

export const TEXTS = {
  authFailed: { code: "E002", en: "AAA Authentication Failure", fr: "AAA Authentication Failure" },
  notYourCustomer: { code: "AA004", en: "You cannot mail on behalf of the requested customer.", fr: "Vous ne pouvez pas poster au nom du client demandé." },
  throttled: { code: "Server", en: "Rejected by SLM Monitor", fr: "Rejected by SLM Monitor" },
  serverError: { code: "Server", en: "Internal Server Error", fr: "Erreur interne du serveur" },
  notAcceptable: { code: "Server", en: "{path}: the Accept header must be {expected} (was {got}).", fr: "{path} : l'en-tête Accept doit être {expected} (reçu : {got})." },
  unsupportedType: { code: "Server", en: "{path}: the Content-Type header must be {expected} (was {got}).", fr: "{path} : l'en-tête Content-Type doit être {expected} (reçu : {got})." },
  language: { code: "Server", en: "Accept-language must be en-CA or fr-CA (was {got}).", fr: "Accept-language doit être en-CA ou fr-CA (reçu : {got})." },
  wrongRoot: { code: "Server", en: "{path}: cvc-elt.1.a: Cannot find the declaration of element '{got}'; expected '{expected}'.", fr: "{path}: cvc-elt.1.a: Cannot find the declaration of element '{got}'; expected '{expected}'." },
  noPinHistory: { code: "004", en: "No Pin History", fr: "Aucun historique pour ce NIP" },
  noServices: { code: "9111", en: "No services appropriate for shipment.", fr: "Aucun service ne convient à cet envoi." },
  badService: { code: "10028", en: "Invalid Product Service ID specified: {service}.", fr: "Code de service non valide : {service}." },
  badCountry: { code: "10033", en: "Invalid country code in destination: {country}.", fr: "Code de pays non valide dans la destination : {country}." },
  serviceNotToCountry: { code: "3000", en: "The selected service {service} is not available to {country}.", fr: "Le service choisi {service} n'est pas offert vers {country}." },
  badContract: { code: "2550", en: "The contract-id provided is not a valid contract number.", fr: "Le numéro de contrat fourni n'est pas valide." },
  contractRequired: { code: "2506", en: "Contract Number is a required field.", fr: "Le numéro de contrat est obligatoire." },
  customerRequired: { code: "9113", en: "Please specify your customer number and contract number to receive a commercial rate quote.", fr: "Veuillez indiquer votre numéro de client et votre numéro de contrat pour obtenir un tarif commercial." },
  counterWithCustomer: { code: "9114", en: "To get counter rates, remove the customer-number and contract-id elements.", fr: "Pour obtenir les tarifs au comptoir, retirez les éléments customer-number et contract-id." },
  useContractShipping: { code: "9173", en: "A commercial customer with a parcel agreement must use Contract Shipping.", fr: "Un client commercial ayant une entente relative aux colis doit utiliser les services d'expédition contractuels." },
  badPayment: { code: "1711", en: "Invalid method of payment: {method}.", fr: "Mode de paiement non valide : {method}." },
  codOverLimit: { code: "2553", en: "The COD amount cannot exceed $5,000.", fr: "Le montant contre remboursement ne peut dépasser 5 000 $." },
  alreadyTransmitted: { code: "8034", en: "The shipment has already been transmitted; request a refund instead.", fr: "L'envoi a déjà été transmis; demandez plutôt un remboursement." },
  zplNeeds4x6: { code: "9191", en: "ZPL labels are printed on 4x6 thermal labels only.", fr: "Les étiquettes ZPL s'impriment seulement sur des étiquettes thermiques 4x6." },
  missingParameter: { code: "9105", en: "Required query parameter not provided: {name}.", fr: "Paramètre de requête obligatoire manquant : {name}." },
  originPostalCode: { code: "7001", en: "The origin postal code {postalCode} does not exist.", fr: "Le code postal d'origine {postalCode} n'existe pas." },
  destinationPostalCode: { code: "7002", en: "The destination postal code {postalCode} does not exist.", fr: "Le code postal de destination {postalCode} n'existe pas." },
  optionRule: { code: "7003", en: "The options cannot be used this way: {detail}.", fr: "Ces options ne peuvent pas être utilisées ainsi : {detail}." },
  serviceLimit: { code: "7004", en: "The item cannot be sent with {service}: {detail}.", fr: "L'article ne peut pas être envoyé par {service} : {detail}." },
  refundAlreadyRequested: { code: "7292", en: "A refund has already been requested for this shipment.", fr: "Un remboursement a déjà été demandé pour cet envoi." },
  alreadyMailed: { code: "7006", en: "The item has been mailed; it cannot be refunded.", fr: "L'article a été posté; il ne peut pas être remboursé." },
  noPostOffice: { code: "7007", en: "No post office was found for this search.", fr: "Aucun bureau de poste ne correspond à cette recherche." },
  pickupDate: { code: "7008", en: "The pickup date {date} is not a business day from today on.", fr: "La date de ramassage {date} n'est pas un jour ouvrable à partir d'aujourd'hui." },
  noPickupHere: { code: "7009", en: "On-demand pickup is not available at postal code {postalCode}.", fr: "Le ramassage sur demande n'est pas offert au code postal {postalCode}." },
  pickupCancelled: { code: "7010", en: "The pickup request has been cancelled.", fr: "La demande de ramassage a été annulée." },
  zipCode: { code: "7011", en: "The ZIP code {zip} does not exist.", fr: "Le code ZIP {zip} n'existe pas." },
  parcel: { code: "7012", en: "The weight and dimensions must be greater than zero.", fr: "Le poids et les dimensions doivent être supérieurs à zéro." },
  unknownOption: { code: "7013", en: "Invalid option code: {option}.", fr: "Code d'option non valide : {option}." },
  customsRequired: { code: "7014", en: "Customs information is required for items sent outside Canada.", fr: "Les renseignements douaniers sont obligatoires pour les articles envoyés hors du Canada." },
  voidInstead: { code: "7015", en: "The shipment has not been transmitted; void it instead.", fr: "L'envoi n'a pas été transmis; annulez-le plutôt." },
  postalCode: { code: "7016", en: "The postal code {postalCode} does not exist.", fr: "Le code postal {postalCode} n'existe pas." },
  injected: { code: "7099", en: "Injected failure.", fr: "Échec provoqué." },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof TEXTS;

/** A message in the language asked for, its {placeholders} filled. */
export function message(key: MessageKey, lang: Lang, values: Record<string, string | number> = {}): CpMessage {
  const text: Text = TEXTS[key];
  const description = text[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  return { code: text.code, description };
}

/** A `<messages>` document (an empty one when there is nothing to say, as a void of an unknown shipment answers). */
export function messagesXml(list: readonly CpMessage[]): string {
  const root = el("messages", ...list.map((m) => el("message", leaf("code", m.code), leaf("description", m.description.replace(/\s+/g, " ")))));
  return xmlDocument(root, MESSAGES_NS);
}
