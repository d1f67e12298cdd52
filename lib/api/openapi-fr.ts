/**
 * The OpenAPI document in French: each text a reader sees (lib/api/openapi-texts.ts), keyed by its
 * English text as the endpoints and schemas declare it. Code, field names, enum values and paths in
 * a text stay as they are. lib/api/openapi-fr.test.ts fails for an English text with no French here,
 * for an entry no text uses any more, and for a French text left in English but not listed in
 * SAME_IN_FRENCH.
 */

/** Texts that are the same words in French. */
export const SAME_IN_FRENCH: ReadonlySet<string> = new Set(["OK", "Contacts"]);

export const OPENAPI_FR: Readonly<Record<string, string>> = {
  // The document and its security scheme
  "Envoi API":
    "API d'Envoi",
  "Rates, labels, tracking, pickups and returns for your shop. JSON in and out; amounts in cents with their currency, weights in grams, lengths in millimetres. Send `Accept-Language: fr` for French messages. Test keys (envoi_test_) use the reference carrier or a Canada Post sandbox account and never charge anything.":
    "Tarifs, étiquettes, suivi, ramassages et retours pour votre boutique. Du JSON en entrée et en sortie; les montants en cents avec leur devise, les poids en grammes, les longueurs en millimètres. Envoyez `Accept-Language: fr` pour recevoir les messages en français. Les clés de test (envoi_test_) utilisent le transporteur de référence ou un compte bac à sable de Postes Canada et ne facturent jamais rien.",
  "An API key from the Developers page: envoi_test_... or envoi_live_...":
    "Une clé d'API de la page Développeurs : envoi_test_... ou envoi_live_...",
  // Schemas and their fields
  "Which system priced: the offline reference carrier, Canada Post's sandbox, or production.":
    "Le système qui a calculé les prix : le transporteur de référence hors ligne, le bac à sable de Postes Canada ou la production.",
  "Cheapest first.":
    "Du moins cher au plus cher.",
  "What the carriers said about the request, in the caller's language.":
    "Ce que les transporteurs ont signalé au sujet de la requête, dans la langue de l'appelant.",
  "A calendar day, YYYY-MM-DD.":
    "Un jour du calendrier, AAAA-MM-JJ.",
  "False for services Canada Post does not track: no tracking events will follow.":
    "Vaut false pour les services dont Postes Canada n'assure pas le suivi : aucun événement de suivi ne viendra.",
  "In cents (1050 = $10.50).":
    "En cents (1050 = 10,50 $).",
  "An amount in cents, with its currency.":
    "Un montant en cents, avec sa devise.",
  "In English or French, from Accept-Language.":
    "En anglais ou en français, selon Accept-Language.",
  "Every error has this shape.":
    "Toutes les erreurs ont cette forme.",
  "One field's problem: the field (a dotted path into the request), a code, and the sentence in the caller's language.":
    "Le problème d'un champ : le champ (un chemin à points dans la requête), un code et la phrase dans la langue de l'appelant.",
  "One of the business's ship-from locations.":
    "Un des lieux d'expédition de l'entreprise.",
  "Or a Canadian postal code.":
    "Ou un code postal canadien.",
  "Where the parcel leaves from: a location id or a postal code.":
    "Le point de départ du colis : l'identifiant d'un lieu d'expédition ou un code postal.",
  "ISO 3166 code.":
    "Code ISO 3166.",
  "US state (required for the USA).":
    "État américain (obligatoire pour les États-Unis).",
  "A parcel template of the business, instead of `parcel`.":
    "Un modèle de colis de l'entreprise, au lieu de `parcel`.",
  "The mailing day; today unless said.":
    "Le jour de mise à la poste; aujourd'hui sauf indication contraire.",
  "Weight in grams.":
    "Poids en grammes.",
  "Length in millimetres.":
    "Longueur en millimètres.",
  "One parcel: weight in grams, sides in millimetres.":
    "Un colis : poids en grammes, côtés en millimètres.",
  "Declared value to cover, in cents.":
    "Valeur déclarée à protéger, en cents.",
  "Amount to collect on delivery, in cents.":
    "Montant à percevoir contre remboursement, en cents.",
  "Delivery options; every one off unless said.":
    "Options de livraison; aucune n'est activée sauf indication contraire.",
  "Each field's problem, in the web forms' words; empty when valid.":
    "Le problème de chaque champ, dans les mots des formulaires Web; vide quand l'adresse est valide.",
  "The address normalised (also when not valid: what could be read).":
    "L'adresse normalisée (même quand elle n'est pas valide : ce qui a pu être lu).",
  "A city or province read from a Canadian postal code, for blank fields.":
    "Une ville ou une province déduite d'un code postal canadien, pour les champs vides.",
  "Fields that were blank and were filled from the postal code: ask the customer to check them.":
    "Les champs qui étaient vides et ont été remplis d'après le code postal : demandez au client de les vérifier.",
  "Province or state code (or name); a region elsewhere.":
    "Code (ou nom) de la province ou de l'État; une région ailleurs.",
  "ISO 3166 code; CA unless said.":
    "Code ISO 3166; CA sauf indication contraire.",
  "A sender ships from Canada and needs a phone number.":
    "Un expéditeur envoie depuis le Canada et doit avoir un numéro de téléphone.",
  "The carrier's id: the `postOfficeId` of a Deliver to Post Office shipment.":
    "L'identifiant du transporteur : le `postOfficeId` d'un envoi Livrer au bureau de poste.",
  "Holds Deliver to Post Office parcels for the recipient to pick up.":
    "Garde les colis Livrer au bureau de poste jusqu'à ce que le destinataire vienne les chercher.",
  "Local times, 24 h; open and close are null on a day it is closed.":
    "Heures locales, sur 24 h; open et close valent null un jour de fermeture.",
  "A sample office of the reference carrier, not a real one.":
    "Un bureau fictif du transporteur de référence, pas un vrai bureau.",
  "pending: paid, its label being bought; purchased: the label is issued; voided; void_requested: the carrier refunds once it settles; refused: the carrier refused to sell the label (see refusedReason), nothing is owed.":
    "pending : payé, son étiquette en cours d'achat; purchased : l'étiquette est émise; voided : annulé; void_requested : le transporteur rembourse une fois la demande réglée; refused : le transporteur a refusé de vendre l'étiquette (voir refusedReason), rien n'est dû.",
  "Bought with a test key: from the reference carrier or a sandbox account, nothing charged, nothing ships.":
    "Acheté avec une clé de test : auprès du transporteur de référence ou d'un compte bac à sable, rien n'est facturé, rien n'est expédié.",
  "Where the parcel is, from the carrier's latest event; null until the label is issued.":
    "Où en est le colis, d'après le dernier événement du transporteur; null tant que l'étiquette n'est pas émise.",
  "The prepaid return label's number, when one was bought with the shipment.":
    "Le numéro de l'étiquette de retour prépayée, si elle a été achetée avec l'envoi.",
  "The ship-from location.":
    "Le lieu d'expédition.",
  "What the label cost, taxes included.":
    "Ce que l'étiquette a coûté, taxes comprises.",
  "What the parcel holds (packing slip, returns).":
    "Le contenu du colis (bordereau d'emballage, retours).",
  "ISO 8601 date and time.":
    "Date et heure ISO 8601.",
  "Where this API gives the label (PDF or ZPL), once issued and until the parcel is scanned or the label voided.":
    "L'adresse où cette API fournit l'étiquette (PDF ou ZPL), dès son émission et jusqu'à ce que le colis soit numérisé ou l'étiquette annulée.",
  "One parcel bought through Envoi.":
    "Un colis dont l'étiquette a été achetée avec Envoi.",
  "A normalised address: codes in capitals, postal codes spaced (\"H3B 1K9\").":
    "Une adresse normalisée : codes en majuscules, codes postaux avec un espace (« H3B 1K9 »).",
  "A contact of the address book, instead of the address fields.":
    "Un contact du carnet d'adresses, au lieu des champs d'adresse.",
  "The recipient's tax identifier (international).":
    "L'identifiant fiscal du destinataire (international).",
  "The recipient: a contact id, or an address.":
    "Le destinataire : l'identifiant d'un contact, ou une adresse.",
  "Add the recipient to the address book once bought.":
    "Ajouter le destinataire au carnet d'adresses une fois l'étiquette achetée.",
  "An object's id.":
    "L'identifiant d'un objet.",
  "A ship-from location; the key creator's default location (else the first) unless said.":
    "Un lieu d'expédition; sauf indication contraire, le lieu par défaut de la personne qui a créé la clé (sinon le premier).",
  "A parcel template of the business (its size and weight), instead of `parcel`.":
    "Un modèle de colis de l'entreprise (ses dimensions et son poids), au lieu de `parcel`.",
  "The service code, as the rates endpoint gives it.":
    "Le code du service, tel que le point d'accès des tarifs le donne.",
  "Deliver to Post Office: the office's id (GET /post-offices).":
    "Livrer au bureau de poste : l'identifiant du bureau (GET /post-offices).",
  "Printed on the label; at most 35 characters each.":
    "Imprimées sur l'étiquette; au plus 35 caractères chacune.",
  "Who Canada Post emails, and when (at most 4).":
    "Les personnes que Postes Canada avise par courriel, et à quels moments (au plus 4).",
  "For the United States and other countries.":
    "Pour les États-Unis et les autres pays.",
  "Buy a prepaid return label with it (Canada only).":
    "Acheter une étiquette de retour prépayée avec l'envoi (Canada seulement).",
  "The format the label is drawn in at purchase (the other is drawn on request); the key creator's default unless said.":
    "Le format dans lequel l'étiquette est produite à l'achat (l'autre est produit sur demande); sauf indication contraire, celui de la personne qui a créé la clé.",
  "What the parcel holds: printed on its packing slip and offered to the customer who returns it.":
    "Le contenu du colis : imprimé sur son bordereau d'emballage et proposé au client qui le retourne.",
  "A page of Shipment objects.":
    "Une page d'objets Shipment.",
  "The return label alone (add &format=pdf_letter or zpl).":
    "L'étiquette de retour seule (ajoutez &format=pdf_letter ou zpl).",
  "The prepaid return label of a shipment: its recipient mails the parcel back to the ship-from location.":
    "L'étiquette de retour prépayée d'un envoi : son destinataire renvoie le colis par la poste au lieu d'expédition.",
  "The business's batch number, as the web app shows it.":
    "Le numéro du lot dans l'entreprise, tel que l'application Web l'affiche.",
  "draft -> paid (labels being issued) -> labelled.":
    "draft -> paid (étiquettes en cours d'émission) -> labelled.",
  "test: bought with a test key, nothing charged.":
    "test : acheté avec une clé de test, rien n'est facturé.",
  "Every shipment is valid and rated today: the batch can be bought.":
    "Chaque envoi est valide et tarifé aujourd'hui : le lot peut être acheté.",
  "What buying charges (or charged): the sum of the chosen rates.":
    "Ce que l'achat facture (ou a facturé) : la somme des tarifs choisis.",
  "Why issuing the labels is taking longer (the carrier did not answer); it is tried again.":
    "Pourquoi l'émission des étiquettes prend plus de temps (le transporteur n'a pas répondu); elle sera tentée de nouveau.",
  "draft until bought; labelled once the carrier issued it; refused when the carrier would not sell it (its price was given back).":
    "draft tant qu'il n'est pas acheté; labelled une fois l'étiquette émise par le transporteur; refused quand le transporteur a refusé de la vendre (son prix a été rendu).",
  "The rate chosen for it, taxes included; null until rated.":
    "Le tarif choisi pour l'envoi, taxes comprises; null tant qu'il n'est pas tarifé.",
  "What must change before the batch can be bought, each named by its path in the batch (shipments.3.service).":
    "Ce qui doit changer avant que le lot puisse être acheté, chaque problème nommé par son chemin dans le lot (shipments.3.service).",
  "The labels' paper: a 4 x 6 in thermal label or an 8.5 x 11 in sheet; the business's default unless said.":
    "Le papier des étiquettes : une étiquette thermique de 4 x 6 po ou une feuille de 8,5 x 11 po; sauf indication contraire, celui choisi par l'entreprise.",
  "A ship-from location; the business's default unless said.":
    "Un lieu d'expédition; sauf indication contraire, celui de l'entreprise par défaut.",
  "A service code (DOM.EP...). Unless said: the business's default service when offered, else the cheapest.":
    "Un code de service (DOM.EP...). Sauf indication contraire : le service par défaut de l'entreprise s'il est offert, sinon le moins cher.",
  "Deliver to Post Office: the office (GET /post-offices) that holds the parcel.":
    "Livrer au bureau de poste : le bureau (GET /post-offices) qui garde le colis.",
  "Printed on the label.":
    "Imprimée sur l'étiquette.",
  "Who gets delivery updates by email, and which.":
    "Qui reçoit les avis de livraison par courriel, et lesquels.",
  "A prepaid return label with the outgoing one (domestic).":
    "Une étiquette de retour prépayée avec celle de l'envoi (au Canada).",
  "Add the address to the address book when the label is bought.":
    "Ajouter l'adresse au carnet d'adresses quand l'étiquette est achetée.",
  "A contact of the business's address book; the address fields are then taken from it.":
    "Un contact du carnet d'adresses de l'entreprise; les champs d'adresse en sont alors tirés.",
  "Province, or US state, code.":
    "Code de la province ou de l'État américain.",
  "The recipient's tax identifier (some countries ask for it).":
    "L'identifiant fiscal du destinataire (certains pays l'exigent).",
  "A contact id, or an address.":
    "L'identifiant d'un contact, ou une adresse.",
  "One unit's value, in cents of the declaration's currency.":
    "La valeur d'une unité, en cents de la devise de la déclaration.",
  "For the USA and other countries: what the parcel holds.":
    "Pour les États-Unis et les autres pays : le contenu du colis.",
  "A page of BatchSummary objects.":
    "Une page d'objets BatchSummary.",
  "What was charged; null before purchase.":
    "Ce qui a été facturé; null avant l'achat.",
  "The status in the caller's language.":
    "L'état dans la langue de l'appelant.",
  "False for services Canada Post does not track: no events will follow.":
    "Vaut false pour les services dont Postes Canada n'assure pas le suivi : aucun événement ne viendra.",
  "Simulated events of the reference carrier (a test label), not a real parcel.":
    "Événements simulés du transporteur de référence (une étiquette de test), pas un vrai colis.",
  "Newest first.":
    "Du plus récent au plus ancien.",
  "The carrier's event code.":
    "Le code d'événement du transporteur.",
  "ISO instant.":
    "Instant ISO.",
  "In the caller's language.":
    "Dans la langue de l'appelant.",
  "The shipment's status once this happened.":
    "L'état de l'envoi après cet événement.",
  "Who signed for the parcel.":
    "La personne qui a signé à la réception du colis.",
  "The carrier picks up at this postal code.":
    "Le transporteur fait le ramassage à ce code postal.",
  "The days a pickup can be booked for now.":
    "Les jours pour lesquels un ramassage peut être demandé à présent.",
  "Same-day pickups are booked before this local time.":
    "Un ramassage le jour même se demande avant cette heure locale.",
  "Before tax, for one parcel.":
    "Avant taxes, pour un colis.",
  "No fee from this many parcels.":
    "Aucuns frais à partir de ce nombre de colis.",
  "The `date` asked: whether a pickup can be booked for it (and if not, why), and its fee with tax for one parcel.":
    "La `date` demandée : si un ramassage peut être demandé pour ce jour (sinon, pourquoi), et ses frais taxes comprises pour un colis.",
  "It can still be changed or cancelled (until the day before its date).":
    "Il peut encore être modifié ou annulé (jusqu'à la veille de sa date).",
  "Local time, 24 h, HH:MM.":
    "Heure locale, sur 24 h, HH:MM.",
  "Where the driver finds the parcels.":
    "L'endroit où le chauffeur trouve les colis.",
  "The ship-from location it is for; null for another address.":
    "Le lieu d'expédition concerné; null pour une autre adresse.",
  "Before tax.":
    "Avant taxes.",
  "envoi: on the business account (nothing with a test key); carrier: the business's own Canada Post account.":
    "envoi : porté au compte de l'entreprise (rien avec une clé de test); carrier : facturé sur le propre compte Postes Canada de l'entreprise.",
  "One of the business's ship-from locations; or `address`.":
    "Un des lieux d'expédition de l'entreprise; ou `address`.",
  "Another address, instead of `locationId`.":
    "Une autre adresse, au lieu de `locationId`.",
  "YYYY-MM-DD: a business day, today (before the cut-off) up to 5 business days ahead.":
    "AAAA-MM-JJ : un jour ouvrable, d'aujourd'hui (avant l'heure limite) jusqu'à 5 jours ouvrables à l'avance.",
  "HH:MM, local: from 12:00 to 16:00.":
    "HH:MM, heure locale : de 12:00 à 16:00.",
  "HH:MM, local: at least an hour after the ready time.":
    "HH:MM, heure locale : au moins une heure après l'heure où les colis sont prêts.",
  "Any item over 23 kg.":
    "Un article pèse plus de 23 kg.",
  "The batch whose parcels it picks up.":
    "Le lot dont les colis sont à ramasser.",
  "Only the fields that change; the rest stay as booked.":
    "Seulement les champs qui changent; les autres restent tels que demandés.",
  "A page of Pickup objects.":
    "Une page d'objets Pickup.",
  "The business's reference, shown to the customer.":
    "La référence de l'entreprise, montrée au client.",
  "requested: waiting for the business's approval (made on the returns page), no label yet; refused; issued: the label is made, not used yet; in_transit: the carrier scanned it (charged then); arrived: delivered back; cancelled: the label was cancelled before use.":
    "requested : en attente de l'approbation de l'entreprise (demandé sur la page de retours), pas encore d'étiquette; refused : refusé; issued : l'étiquette est créée, pas encore utilisée; in_transit : le transporteur l'a numérisée (facturée à ce moment); arrived : revenu à l'expéditeur; cancelled : l'étiquette a été annulée avant d'être utilisée.",
  "The return of a label bought with a test key: from the reference carrier or a sandbox account, never charged.":
    "Le retour d'une étiquette achetée avec une clé de test : auprès du transporteur de référence ou d'un compte bac à sable, jamais facturé.",
  "Made in the web app, by the customer on the returns page, or through the API.":
    "Créé dans l'application Web, par le client sur la page de retours, ou par l'API.",
  "The shipment sent back.":
    "L'envoi retourné.",
  "A reason code of the business's list.":
    "Un code de motif de la liste de l'entreprise.",
  "The items sent back; empty: the whole parcel.":
    "Les articles retournés; vide : le colis entier.",
  "Where the label was emailed (or is kept for), if anywhere.":
    "L'adresse à laquelle l'étiquette a été envoyée par courriel (ou pour laquelle elle est gardée), s'il y en a une.",
  "The language of the customer's email and label page.":
    "La langue du courriel et de la page d'étiquette du client.",
  "Who bears the label's cost (the customer's share comes off the refund, which the business handles).":
    "Qui assume le coût de l'étiquette (la part du client est retenue sur le remboursement, que l'entreprise gère).",
  "The return label's number; null until issued.":
    "Le numéro de l'étiquette de retour; null tant qu'elle n'est pas émise.",
  "What the label costs once used, taxes included; null until issued.":
    "Ce que l'étiquette coûte une fois utilisée, taxes comprises; null tant qu'elle n'est pas émise.",
  "What was charged at the carrier's first scan (nothing on the business's own Canada Post account or for a test return); null until then.":
    "Ce qui a été facturé à la première numérisation par le transporteur (rien sur le propre compte Postes Canada de l'entreprise ni pour un retour de test); null jusque-là.",
  "Where this API gives the label PDF, while it is issued and not yet used.":
    "L'adresse où cette API fournit l'étiquette en PDF, tant qu'elle est émise et pas encore utilisée.",
  "A return label made for a shipment: from the customer back to the ship-from location, paid when used.":
    "Une étiquette de retour créée pour un envoi : du client jusqu'au lieu d'expédition, payée quand elle est utilisée.",
  "An item of the parcel sent back.":
    "Un article du colis retourné.",
  "Items of the shipment sent back (matched by description and SKU), each at most as many times as it was sent. Left out: the whole parcel.":
    "Les articles de l'envoi retournés (reconnus par leur description et leur UGS), chacun au plus autant de fois qu'il a été envoyé. Omis : le colis entier.",
  "A reason code of the business's list (Settings, Returns); until it has its own: damaged, wrongItem, wrongSize, notAsDescribed, noLongerNeeded, other.":
    "Un code de motif de la liste de l'entreprise (Paramètres, Retours); tant qu'elle n'a pas la sienne : damaged, wrongItem, wrongSize, notAsDescribed, noLongerNeeded, other.",
  "The customer's words.":
    "Les mots du client.",
  "Where the label is emailed. Left out: the shipment's recipient email; null: nobody.":
    "L'adresse à laquelle l'étiquette est envoyée par courriel. Omis : le courriel du destinataire de l'envoi; null : personne.",
  "The language of the customer's email and label page; the business's language unless said.":
    "La langue du courriel et de la page d'étiquette du client; sauf indication contraire, celle de l'entreprise.",
  "false: the customer's email is kept on the return but Envoi does not email the label (send it yourself from GET /returns/{id}/label).":
    "false : le courriel du client est gardé avec le retour, mais Envoi ne lui envoie pas l'étiquette (envoyez-la vous-même à partir de GET /returns/{id}/label).",
  "A page of Return objects.":
    "Une page d'objets Return.",
  "A page of Contact objects.":
    "Une page d'objets Contact.",
  "The recipient's tax identifier for international shipments.":
    "L'identifiant fiscal du destinataire pour les envois internationaux.",
  "An entry of the business's address book.":
    "Une entrée du carnet d'adresses de l'entreprise.",
  "At most 10 tags of 30 characters.":
    "Au plus 10 étiquettes de 30 caractères.",
  "A contact: name or company, line 1, city and country are required; province and postal code where the country has them.":
    "Un contact : le nom ou l'entreprise, la ligne 1, la ville et le pays sont obligatoires; la province et le code postal là où le pays en a.",
  "The fields to change; the others stay.":
    "Les champs à modifier; les autres restent tels quels.",
  "Masked: only its last four digits show.":
    "Masqué : seuls ses quatre derniers chiffres sont visibles.",
  "What the business owes: charges less credits and payments.":
    "Ce que l'entreprise doit : les frais moins les crédits et les paiements.",
  "What can still be charged on account (never below zero).":
    "Ce qui peut encore être porté au compte (jamais moins de zéro).",
  "A page of AccountTransaction objects.":
    "Une page d'objets AccountTransaction.",
  "Always positive; `signedAmount` says which way it moved the balance.":
    "Toujours positif; `signedAmount` indique dans quel sens il a fait varier le solde.",
  "Charges add to the balance, credits and payments take away.":
    "Les frais augmentent le solde, les crédits et les paiements le diminuent.",
  "The return whose label this charges (at the carrier's first scan).":
    "Le retour dont cette opération facture l'étiquette (à la première numérisation par le transporteur).",
  // Operations, in the reference's order, with their parameters and answers
  "Rates":
    "Tarifs",
  "Rates and delivery dates of every service for one parcel":
    "Tarifs et dates de livraison de chaque service pour un colis",
  "The checkout call. Prices are in cents and include taxes; `lines` itemises them. A storefront key (rates scope) may call it. The same request from the same business within a minute is answered from a cache, and a change to the business's locations, templates or carrier account reaches this call within 10 seconds. A request no service can carry (a parcel over every limit) is answered with 422 and each problem.":
    "L'appel du paiement en ligne. Les prix sont en cents, taxes comprises; `lines` les détaille. Une clé de boutique (accès « Tarifs seulement ») peut l'appeler. La même requête de la même entreprise dans la minute reçoit une réponse tirée d'un cache, et une modification des adresses d'expédition, des modèles de colis ou du compte de transporteur de l'entreprise s'applique à cet appel dans les 10 secondes. Une requête qu'aucun service ne peut transporter (un colis au-delà de toutes les limites) reçoit une réponse 422 avec chaque problème.",
  "OK":
    "OK",
  "The request does not fit the schema: each field's problem in `errors`.":
    "La requête ne respecte pas le schéma : le problème de chaque champ est dans `errors`.",
  "No key, an unknown key, or a revoked key.":
    "Aucune clé, une clé inconnue ou une clé révoquée.",
  "The key's scope does not allow this.":
    "L'accès de la clé ne le permet pas.",
  "The values are refused (unknown postal code, a parcel no service carries...): each field's problem in `errors`.":
    "Les valeurs sont refusées (code postal inconnu, colis qu'aucun service ne transporte...) : le problème de chaque champ est dans `errors`.",
  "Too many requests with this key: see Retry-After.":
    "Trop de requêtes avec cette clé : voir Retry-After.",
  "Addresses":
    "Adresses",
  "Check and normalise an address":
    "Vérifier et normaliser une adresse",
  "The same checks as Envoi's forms, offline: Canadian postal codes against their forward sortation area and province, US states and ZIP codes, other countries' postal code formats, Canada Post's field lengths. Answers 200 with `valid: false` and each problem rather than an error. A storefront key may call it.":
    "Les mêmes vérifications que les formulaires d'Envoi, hors ligne : les codes postaux canadiens selon leur région de tri d'acheminement et leur province, les États et les codes ZIP américains, le format des codes postaux des autres pays, les longueurs de champ de Postes Canada. Répond 200 avec `valid: false` et chaque problème plutôt qu'une erreur. Une clé de boutique peut l'appeler.",
  "Post offices":
    "Bureaux de poste",
  "Post offices nearest a postal code, closest first":
    "Bureaux de poste les plus proches d'un code postal, du plus proche au plus éloigné",
  "With `deliverToPostOffice=true`, only offices that hold Deliver to Post Office parcels: what a checkout offers the customer. A storefront key (rates scope) may call it. A postal code the carrier does not know is answered with 422.":
    "Avec `deliverToPostOffice=true`, seulement les bureaux qui gardent les colis Livrer au bureau de poste : ce qu'une boutique propose au client au moment de payer. Une clé de boutique (accès « Tarifs seulement ») peut l'appeler. Un code postal que le transporteur ne connaît pas reçoit une réponse 422.",
  "A Canadian postal code, or its first three characters.":
    "Un code postal canadien, ou ses trois premiers caractères.",
  "Only offices that hold Deliver to Post Office parcels.":
    "Seulement les bureaux qui gardent les colis Livrer au bureau de poste.",
  "Shipments":
    "Envois",
  "Buy a label":
    "Acheter une étiquette",
  "Rates the parcel on the server, checks it as the batch page does, pays on the business's account and buys the label. Answers with the shipment, its tracking number and the URL of its label. With a test key the label comes from the reference carrier (or a Canada Post sandbox account), is marked `test` and nothing is charged. Send an Idempotency-Key: the same key and body never buy twice.":
    "Calcule le tarif du colis sur le serveur, le vérifie comme le fait la page des lots, porte le montant au compte de l'entreprise et achète l'étiquette. Répond avec l'envoi, son numéro de suivi et l'URL de son étiquette. Avec une clé de test, l'étiquette vient du transporteur de référence (ou d'un compte bac à sable de Postes Canada), est marquée `test` et rien n'est facturé. Envoyez un en-tête Idempotency-Key : la même clé et le même corps n'achètent jamais deux fois.",
  "The same key and body within 24 hours answer the same, without doing it twice.":
    "La même clé et le même corps dans les 24 heures reçoivent la même réponse, sans que l'opération soit refaite.",
  "The payment could not be made (account credit, no account number).":
    "Le paiement n'a pas pu être fait (crédit du compte, aucun numéro de compte).",
  "No such object in this business.":
    "Cet objet n'existe pas dans cette entreprise.",
  "The object is not in a state for this (already bought, voided...), or an Idempotency-Key was reused for another request.":
    "L'objet n'est pas dans un état qui le permet (déjà acheté, annulé...), ou une clé Idempotency-Key a été réutilisée pour une autre requête.",
  "List shipments, newest first":
    "Lister les envois, du plus récent au plus ancien",
  "The shipment history with its filters: `q` searches tracking numbers, references, recipients and postal codes.":
    "L'historique des envois avec ses filtres : `q` cherche dans les numéros de suivi, les références, les destinataires et les codes postaux.",
  "At most 100; 20 unless said.":
    "Au plus 100; 20 sauf indication contraire.",
  "The `nextCursor` of the previous page.":
    "Le `nextCursor` de la page précédente.",
  "Bought on or after this day.":
    "Achetés ce jour-là ou après.",
  "Bought on or before this day.":
    "Achetés ce jour-là ou avant.",
  "Purchased or voided, or where the parcel is.":
    "Acheté ou annulé, ou l'endroit où en est le colis.",
  "A service code.":
    "Un code de service.",
  "A batch number.":
    "Un numéro de lot.",
  "One shipment":
    "Un envoi",
  "Void a label":
    "Annuler une étiquette",
  "Asks the carrier to void a label not yet scanned. Its price comes back as the app gives it back (an account credit; nothing for a test label). When the carrier takes a refund request instead, the status is `void_requested` until it settles. A voided shipment answers 409.":
    "Demande au transporteur d'annuler une étiquette pas encore numérisée. Son prix est rendu comme l'application le rend (un crédit au compte; rien pour une étiquette de test). Quand le transporteur accepte plutôt une demande de remboursement, l'état est `void_requested` jusqu'à son règlement. Un envoi déjà annulé répond 409.",
  "The carrier did not answer.":
    "Le transporteur n'a pas répondu.",
  "Download a label":
    "Télécharger une étiquette",
  "PDF on a 4 x 6 in page (pdf_4x6, the default) or on a letter page (pdf_letter), or ZPL II for a 203 dpi Zebra printer. A shipment bought with a return label gives both unless `part` says `label` or `return`. Until the parcel is scanned: a used label printed again would be a second parcel.":
    "PDF sur une page de 4 x 6 po (pdf_4x6, par défaut) ou sur une page lettre (pdf_letter), ou ZPL II pour une imprimante Zebra de 203 ppp. Un envoi acheté avec une étiquette de retour donne les deux, sauf si `part` vaut `label` ou `return`. Jusqu'à ce que le colis soit numérisé : une étiquette déjà utilisée, imprimée de nouveau, ferait un second colis.",
  "`return`: only the prepaid return label.":
    "`return` : seulement l'étiquette de retour prépayée.",
  "The label file.":
    "Le fichier de l'étiquette.",
  "The prepaid return label of a shipment":
    "L'étiquette de retour prépayée d'un envoi",
  "Envoi buys a return label with its shipment, as the web app does (send `includeReturnLabel: true` to POST /shipments; Canada only, on a Canada Post contract for live labels). This answers that label's tracking number and file; a shipment bought without one answers 409. A return label made after the fact, for the items a customer sends back, is POST /shipments/{id}/returns.":
    "Envoi achète une étiquette de retour avec l'envoi, comme le fait l'application Web (envoyez `includeReturnLabel: true` à POST /shipments; Canada seulement, avec un contrat Postes Canada pour les étiquettes réelles). Ce point d'accès donne le numéro de suivi et le fichier de cette étiquette; un envoi acheté sans elle répond 409. Une étiquette de retour créée après coup, pour les articles qu'un client renvoie, se demande à POST /shipments/{id}/returns.",
  "Batches":
    "Lots",
  "Create a batch of up to 50 shipments":
    "Créer un lot d'au plus 50 envois",
  "Every shipment is checked with the web form's rules before anything is saved: a problem is answered with 422, each named by its path (`shipments.3.to.postalCode`) in the caller's language. The batch is rated at once: each shipment's price, and what must change before it can be bought, are in the answer.":
    "Chaque envoi est vérifié avec les règles du formulaire Web avant que rien ne soit enregistré : un problème reçoit une réponse 422, chacun nommé par son chemin (`shipments.3.to.postalCode`) dans la langue de l'appelant. Le lot est tarifé aussitôt : le prix de chaque envoi, et ce qui doit changer avant qu'il puisse être acheté, sont dans la réponse.",
  "The business's batches, newest first":
    "Les lots de l'entreprise, du plus récent au plus ancien",
  "A batch, its shipments' states and its totals":
    "Un lot, l'état de ses envois et ses totaux",
  "After purchase the labels are issued in the background: `status` turns from paid to labelled and each shipment gets its tracking number.":
    "Après l'achat, les étiquettes sont émises en arrière-plan : `status` passe de paid à labelled et chaque envoi reçoit son numéro de suivi.",
  "Buy every label of a batch":
    "Acheter toutes les étiquettes d'un lot",
  "Rates the batch again if its rates are not today's, then pays on account (a live key) or charges nothing (a test key: reference carrier or Canada Post sandbox). Buying again, or the same Idempotency-Key again, never charges twice. A shipment with a problem is answered with 422 and its path; no credit left, or no account number, with 402.":
    "Tarifie le lot de nouveau si ses tarifs ne sont pas d'aujourd'hui, puis porte le montant au compte (clé de production) ou ne facture rien (clé de test : transporteur de référence ou bac à sable de Postes Canada). Acheter de nouveau, ou renvoyer la même clé Idempotency-Key, ne facture jamais deux fois. Un envoi qui a un problème reçoit une réponse 422 avec son chemin; plus de crédit, ou aucun numéro de compte, une réponse 402.",
  "Tracking":
    "Suivi",
  "A parcel's status and events, by its tracking number":
    "L'état et les événements d'un colis, par son numéro de suivi",
  "Only the business's own parcels: another business's number is answered 404, like an unknown one. Asked again of the carrier when the last answer is over a minute old. Spaces and dashes in the number are ignored.":
    "Seulement les colis de l'entreprise : le numéro d'une autre entreprise reçoit une réponse 404, comme un numéro inconnu. Redemandé au transporteur quand la dernière réponse date de plus d'une minute. Les espaces et les tirets du numéro sont ignorés.",
  "Pickups":
    "Ramassages",
  "Whether a pickup can be booked at a postal code, and for which days":
    "Si un ramassage peut être demandé à un code postal, et pour quels jours",
  "YYYY-MM-DD: is this day bookable?":
    "AAAA-MM-JJ : peut-on demander un ramassage ce jour-là?",
  "Book a pickup":
    "Demander un ramassage",
  "Canada Post's rules are checked first; each broken one is answered with 422 and its field. The fee is billed on account with a live key (402 without credit), never with a test key. A confirmation is emailed to the contact.":
    "Les règles de Postes Canada sont vérifiées d'abord; chaque règle non respectée reçoit une réponse 422 avec son champ. Les frais sont portés au compte avec une clé de production (402 sans crédit), jamais avec une clé de test. Une confirmation est envoyée par courriel à la personne-ressource.",
  "The business's pickups, most recently booked first":
    "Les ramassages de l'entreprise, des plus récemment demandés aux plus anciens",
  "A pickup":
    "Un ramassage",
  "Change a pickup":
    "Modifier un ramassage",
  "Until the day before its date (409 after, or once cancelled). Only the fields sent change; a new fee is billed and the old one given back.":
    "Jusqu'à la veille de sa date (409 ensuite, ou une fois annulé). Seuls les champs envoyés changent; les nouveaux frais sont facturés et les anciens rendus.",
  "Cancel a pickup":
    "Annuler un ramassage",
  "Until the day before its date (409 after, or when already cancelled). The fee is given back.":
    "Jusqu'à la veille de sa date (409 ensuite, ou s'il est déjà annulé). Les frais sont rendus.",
  "Returns":
    "Retours",
  "Make a return label for a shipment":
    "Créer une étiquette de retour pour un envoi",
  "The carrier that issued the shipment issues a label from the customer back to the ship-from location (Canada only). Nothing is charged now: the label is charged once the carrier first scans it (on the business's own Canada Post account, Canada Post bills it). The customer is emailed the label and a link to it unless `sendEmail` is false. The shipment must have its label in use (a voided or unbought one answers 422). A test key makes returns of labels bought with a test key only; those are never charged. Send an Idempotency-Key: the same key and body never make two returns.":
    "Le transporteur qui a émis l'envoi émet une étiquette du client jusqu'au lieu d'expédition (Canada seulement). Rien n'est facturé maintenant : l'étiquette est facturée à sa première numérisation par le transporteur (sur le propre compte Postes Canada de l'entreprise, c'est Postes Canada qui la facture). Le client reçoit par courriel l'étiquette et un lien vers elle, sauf si `sendEmail` vaut false. L'étiquette de l'envoi doit être en vigueur (un envoi annulé ou pas encore acheté répond 422). Une clé de test ne crée des retours que pour des étiquettes achetées avec une clé de test; ceux-ci ne sont jamais facturés. Envoyez un en-tête Idempotency-Key : la même clé et le même corps ne créent jamais deux retours.",
  "The business's returns, newest first":
    "Les retours de l'entreprise, du plus récent au plus ancien",
  "Only returns in this state.":
    "Seulement les retours dans cet état.",
  "The returns of one shipment.":
    "Les retours d'un envoi.",
  "A return":
    "Un retour",
  "Download a return label":
    "Télécharger une étiquette de retour",
  "A PDF on a letter page (pdf_letter, the default: customers print at home) or on a 4 x 6 in page (pdf_4x6). A label the carrier made as its own PDF (Canada Post) comes as the carrier made it. While the return is issued: not before, and not once used or cancelled (409).":
    "Un PDF sur une page lettre (pdf_letter, par défaut : les clients impriment à la maison) ou sur une page de 4 x 6 po (pdf_4x6). Une étiquette que le transporteur a produite dans son propre PDF (Postes Canada) est fournie telle quelle. Tant que le retour est émis : pas avant, et plus une fois l'étiquette utilisée ou annulée (409).",
  "The page: letter (8.5 x 11 in) or a 4 x 6 in thermal label.":
    "La page : lettre (8,5 x 11 po) ou une étiquette thermique de 4 x 6 po.",
  "The return label.":
    "L'étiquette de retour.",
  "Cancel a return label":
    "Annuler une étiquette de retour",
  "While the customer has not used it (409 once the carrier scanned it, or when the return is not issued). Nothing was charged, so nothing comes back; the customer's link no longer shows the label.":
    "Tant que le client ne l'a pas utilisée (409 une fois que le transporteur l'a numérisée, ou quand le retour n'est pas émis). Rien n'a été facturé, donc rien n'est rendu; le lien du client n'affiche plus l'étiquette.",
  "Contacts":
    "Contacts",
  "List the address book":
    "Consulter le carnet d'adresses",
  "Search as in the address book: every word of `q` must match the name, company, city, postal code or email.":
    "Recherche comme dans le carnet d'adresses : chaque mot de `q` doit correspondre au nom, à l'entreprise, à la ville, au code postal ou au courriel.",
  "Add a contact":
    "Ajouter un contact",
  "One contact":
    "Un contact",
  "Change a contact":
    "Modifier un contact",
  "Only the fields sent change; the whole contact is then checked as the form checks it.":
    "Seuls les champs envoyés changent; le contact entier est ensuite vérifié comme le formulaire le vérifie.",
  "Delete a contact":
    "Supprimer un contact",
  "Shipments already bought for the contact keep their address.":
    "Les envois déjà achetés pour ce contact gardent leur adresse.",
  "Account":
    "Compte",
  "The business account: balance, credit limit, credit available":
    "Le compte de l'entreprise : solde, limite de crédit, crédit disponible",
  "Only a full-access key reads the account (in the web app, only owners and admins see billing).":
    "Seule une clé à accès complet peut consulter le compte (dans l'application Web, seuls les propriétaires et les administrateurs voient la facturation).",
  "The account's ledger, newest first":
    "Les opérations du compte, des plus récentes aux plus anciennes",
  "Charges (labels, pickup fees, used return labels), credits (voided labels, refused labels, cancelled pickups) and payments of invoices. Only a full-access key reads it.":
    "Les frais (étiquettes, frais de ramassage, étiquettes de retour utilisées), les crédits (étiquettes annulées, étiquettes refusées, ramassages annulés) et les paiements de factures. Seule une clé à accès complet peut les consulter.",
  "Only entries of this type.":
    "Seulement les opérations de ce type.",
};
