import { confirmEmail, PASSWORD, uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { followMenu } from "./support/pages";

test("a newcomer switches to French, signs up, and invites a colleague in French", async ({ page }) => {
  const t = tag();
  const name = `Geneviève Gagnon ${t}`;
  const business = `Fromagerie Gagnon ${t}`;
  const colleague = uniqueEmail("collegue");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shipping made simple for Canadian small businesses");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'expédition simplifiée pour les petites entreprises canadiennes");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("button", { name: "Show in English" })).toBeVisible();

  await page.getByRole("link", { name: "Créer votre compte gratuit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer votre compte Envoi");
  await page.getByRole("textbox", { name: "Votre nom" }).fill(name);
  const email = uniqueEmail("fr");
  await page.getByRole("textbox", { name: "Courriel" }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await expect(page.getByText("Au moins 10 caractères.")).toBeVisible();
  await page.getByRole("textbox", { name: "Nom de l'entreprise" }).fill(business);
  await expect(page.getByRole("combobox", { name: "Langue" })).toHaveValue("fr");
  await page.getByRole("button", { name: "Créer le compte" }).click();

  // The address is confirmed first, from the email, in French.
  await expect(page.getByRole("heading", { name: "Confirmez votre adresse courriel" })).toBeVisible();
  await expect(page.getByText(`Nous avons envoyé un lien à ${email}.`)).toBeVisible();
  await confirmEmail(page, email);

  // The business, in French.
  await expect(page).toHaveURL(/\/b\/fromagerie-gagnon-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(business);
  await expect(page.getByText("Propriétaire", { exact: true })).toBeVisible();
  await expect(page.getByText("En tant que propriétaire, vous gérez tout, y compris l'équipe et les autres propriétaires.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();

  // Invite a colleague from the team page.
  await followMenu(page, "Paramètres", "Équipe", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Équipe");
  const form = page.getByRole("form", { name: "Inviter une personne" });
  await form.getByRole("textbox", { name: "Son courriel" }).fill(colleague);
  await expect(form.getByRole("combobox", { name: "Rôle" })).toHaveValue("SHIPPER");
  await form.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitation envoyée à ${colleague}.`);
  await expect(page.getByRole("region", { name: "Invitations en attente" }).getByText(colleague)).toBeVisible();

  // The invitation is in the development mailbox, in French (the colleague has no account yet).
  const subject = `${name} vous invite à rejoindre ${business} sur Envoi`;
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boîte de réception de développement");
  const message = page.getByRole("link").filter({ hasText: subject });
  await expect(message).toHaveCount(1);
  await expect(message).toContainText(colleague);
  await message.click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(page.getByText(colleague, { exact: true })).toBeVisible();
  const text = page.getByTestId("mail-text");
  await expect(text).toContainText(`${name} vous invite à rejoindre ${business} sur Envoi comme Expéditeur.`);
  await expect(text).toContainText(/Accepter l'invitation: http:\/\/127\.0\.0\.1:\d+\/invite\/\S+/);
});

test.describe("with a browser set to French", () => {
  test.use({ locale: "fr-CA" });

  test("French is shown by default", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'expédition simplifiée pour les petites entreprises canadiennes");

    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se connecter à Envoi");
    await expect(page.getByRole("region", { name: "Avec votre mot de passe" }).getByRole("textbox", { name: "Courriel" })).toBeVisible();
    await expect(page.getByRole("button", { name: "M'envoyer un lien de connexion" })).toBeVisible();

    await page.goto("/signup");
    await expect(page.getByRole("textbox", { name: "Votre nom" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Langue" })).toHaveValue("fr");
  });

  test("the API reference is in French", async ({ page }) => {
    await page.goto("/api/v1/reference");
    await expect(page.getByText("Tarifs et dates de livraison de chaque service pour un colis").first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Bureaux de poste").first()).toBeVisible();
    await expect(page.getByText("Rates and delivery dates of every service for one parcel")).toHaveCount(0);
    await expect(page).toHaveTitle("Référence de l'API · Envoi");
  });
});
