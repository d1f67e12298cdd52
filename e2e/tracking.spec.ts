import { PDFDocument } from "pdf-lib";
import { uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { trackAsOf } from "./support/operator";
import { DefaultsPage } from "./support/pages";
import { paidShipment, readyToShip } from "./support/shipping";

test("a batch's labels emailed on demand: the message with the PDF in the dev mailbox, and in the batch's log", async ({ newUser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("mailer");
  const { page } = owner;
  await readyToShip(owner);
  const { batchId, trackingNumber } = await paidShipment(owner, `Mailed Customer ${tag()}`);
  await page.goto(`/b/${owner.slug}/batches/${batchId}`);
  const form = page.getByRole("form", { name: "Email the labels" });
  const to = uniqueEmail("warehouse");
  await form.getByLabel("Send to").fill("not-an-email");
  await form.getByRole("button", { name: "Email the PDF" }).click();
  await expect(form.getByText("Enter 1 to 5 valid email addresses, separated by commas.").first()).toBeVisible();
  await form.getByLabel("Send to").fill(to);
  await form.getByLabel("Print size").selectOption("PDF_LETTER");
  await form.getByLabel("Note to include (optional)").fill("For the afternoon pickup");
  await form.getByRole("button", { name: "Email the PDF" }).click();
  await expect(page.getByText(/The labels are being emailed to 1 address\./)).toBeVisible();

  const mail = await waitForEmail(to, /^Your labels for batch \d+ \(1 label\)/, 30_000);
  expect(mail.text).toContain(trackingNumber);
  expect(mail.text).toContain("For the afternoon pickup");
  const [pdf] = mail.attachments;
  expect(pdf!.contentType).toBe("application/pdf");
  expect((await PDFDocument.load(pdf!.content)).getPage(0).getSize()).toEqual({ width: 612, height: 792 });

  // The dev mailbox shows it, with its attachment.
  await page.goto("/dev/mailbox");
  await page.getByRole("link").filter({ hasText: to }).filter({ hasText: "Your labels for batch" }).first().click();
  await expect(page.getByText(/labels-batch-\d+-letter\.pdf \(application\/pdf\)/)).toBeVisible();

  // The batch's log says it was sent, to whom.
  await page.goto(`/b/${owner.slug}/batches/${batchId}`);
  const row = page.getByTestId("email-log-row").filter({ hasText: to });
  await expect(row).toContainText("Labels (PDF)");
  await expect(row).toContainText("Sent");
});

test("a customer follows the delivery update's link, signed out, and tracks the parcel in French; nothing private shows", async ({ newUser, newBrowser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("tracker");
  await readyToShip(owner);
  const customer = uniqueEmail("client");
  const defaults = new DefaultsPage(owner.page, owner.slug);
  await defaults.goto();
  await defaults.businessForm.getByLabel("Notification emails").fill(customer);
  await defaults.businessForm.getByRole("combobox", { name: "Language of emails to recipients" }).selectOption("fr");
  await defaults.businessForm.getByRole("button", { name: "Save business defaults" }).click();
  await expect(owner.page.getByText("Defaults saved.")).toBeVisible();
  const secret = `Private Recipient ${tag()}`;
  const { shipmentId, trackingNumber } = await paidShipment(owner, secret);

  // Four days later on the reference carrier's clock: accepted, on its way (or further).
  trackAsOf(owner.slug, new Date(Date.now() + 4 * 86_400_000));
  const mail = await waitForEmail(customer, /est en route$/, 30_000);
  expect(mail.subject).toBe(`Votre colis de ${owner.business} est en route`);
  const link = linkIn(mail, `/track/${trackingNumber}`);
  expect(link).toContain("lang=fr");

  const visitor = await newBrowser();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Numéro de suivi");
  await expect(visitor.getByTestId("tracking-number")).toHaveText(trackingNumber);
  await expect(visitor.getByText("Article accepté au bureau de poste")).toBeVisible();
  await expect(visitor.getByText("Suivi d'exemple du transporteur de référence", { exact: false })).toBeVisible();
  const html = await visitor.content();
  for (const privateText of [secret, "77 Hidden Lane", "514 555 0199", owner.email, "Léa Roy", "5000 rue Iberville", customer]) expect(html).not.toContain(privateText);
  // An unknown number and a malformed one each get their own message.
  await visitor.goto("/track/1234567890123452");
  await expect(visitor.getByText(/Aucun colis portant le numéro|n'est pas un numéro de suivi/)).toBeVisible();
  await visitor.goto("/track/hello");
  await expect(visitor.getByText("« hello » n'est pas un numéro de suivi.", { exact: false })).toBeVisible();

  // The business sees the same events on the shipment page, and the update in the shipment's email log.
  await owner.page.goto(`/b/${owner.slug}/shipments/${shipmentId}`);
  await expect(owner.page.getByTestId("tracking-event").filter({ hasText: "Item accepted at the Post Office" })).toBeVisible();
  // (By then the parcel may also be delivered, with its own update in the log.)
  await expect(owner.page.getByTestId("email-log-row").filter({ hasText: customer }).filter({ hasText: "Delivery update: shipped" })).toBeVisible();
  // Scanned: no reprint, no void any more.
  await expect(owner.page.getByText("The parcel has been scanned by the carrier")).toBeVisible();
  await expect(owner.page.getByRole("button", { name: "Void label" })).toHaveCount(0);
});

test("forged X-Forwarded-For headers do not get around the public tracking limit", async ({ request }) => {
  // The test server does not sit behind a trusted proxy (TRUST_PROXY is off), so a client's own
  // X-Forwarded-For must not give it a fresh allowance.
  const statuses: number[] = [];
  for (let i = 0; i < 70; i++) {
    statuses.push((await request.get("/api/track/hello", { headers: { "x-forwarded-for": `198.51.100.${i}` } })).status());
  }
  expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(60);
  expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
  // Without the header, the same client is limited too.
  expect((await request.get("/api/track/hello")).status()).toBe(429);
});
