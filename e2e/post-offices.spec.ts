import { expect, test } from "./support/fixtures";
import type { Locator, Page } from "@playwright/test";
import { followMenu, openMenuGroup } from "./support/pages";

/** The "Find a post office" page, in either language (labels passed in). */
function officesPage(page: Page, labels: { query: string; search: string; d2po: string }) {
  const form = page.getByRole("search");
  return {
    offices: page.getByTestId("post-office"),
    d2po: form.getByRole("checkbox", { name: labels.d2po }),
    async search(text: string) {
      await form.getByRole("textbox", { name: labels.query }).fill(text);
      await form.getByRole("button", { name: labels.search }).click();
    },
  };
}

/** The distances shown, in km ("1.2 km", "1,2 km"). */
async function distances(offices: Locator): Promise<number[]> {
  const texts = await offices.getByTestId("distance").allTextContents();
  return texts.map((t) => Number(t.replace(",", ".").replace(/[^\d.]/g, "")));
}

const EN = { query: "Postal code, address or city", search: "Search", d2po: "Only offices that hold Deliver to Post Office parcels" };
const FR = { query: "Code postal, adresse ou ville", search: "Rechercher", d2po: "Seulement les bureaux qui gardent les colis Livrer au bureau de poste" };

test("finds the nearest sample post offices by postal code or city, with hours and Deliver to Post Office, in both languages", async ({ newUser }) => {
  const owner = await newUser("offices");
  const page = owner.page;
  await followMenu(page, "Track", "Post offices");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a post office");
  const offices = officesPage(page, EN);
  await expect(offices.offices).toHaveCount(0);

  // A postal code: its own FSA's office first, the others by distance.
  await offices.search("5000 rue Iberville, Montréal H2H 2S6");
  await expect(page).toHaveURL(/[?&]q=5000/);
  await expect(page.getByRole("heading", { name: "10 offices near “5000 rue Iberville, Montréal H2H 2S6”" })).toBeVisible();
  await expect(page.getByTestId("sample-note")).toContainText("not real Canada Post offices");
  const first = offices.offices.first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText("Bureau de poste Montréal H2H");
  // Canada Post's city line: city in upper case, province, two spaces, postal code.
  expect(await first.getByTestId("office-address").locator("span").nth(1).textContent()).toMatch(/^MONTRÉAL QC {2}H2H \d[A-Z]\d$/);
  await expect(first.getByTestId("distance")).toHaveText("0.0 km");
  await expect(first.getByTestId("hours")).toContainText("Monday9:00 a.m. to 8:00 p.m.");
  await expect(first.getByTestId("hours")).toContainText("SundayClosed");
  await expect(first.getByTestId("d2po")).toHaveText("Holds Deliver to Post Office parcels");
  const near = await distances(offices.offices);
  expect(near).toEqual([...near].sort((a, b) => a - b));
  await expect(page.getByTestId("office-map").locator("circle")).toHaveCount(10);

  // A city, typed with its accents.
  await offices.search("Trois-Rivières");
  await expect(page.getByRole("heading", { name: "10 offices near “Trois-Rivières”" })).toBeVisible();
  await expect(offices.offices.first().getByTestId("office-address")).toContainText("TROIS-RIVIÈRES QC");
  const trois = await distances(offices.offices);
  expect(trois).toEqual([...trois].sort((a, b) => a - b));
  expect(trois[0]).toBeLessThan(5);

  // Some small offices near Drummondville do not hold parcels; the filter leaves them out.
  await offices.search("drummondville");
  await expect(offices.offices.getByTestId("d2po").filter({ hasText: "Does not hold Deliver to Post Office parcels" }).first()).toBeVisible();
  await offices.d2po.check();
  await offices.search("drummondville");
  await expect(page).toHaveURL(/[?&]d2po=1/);
  await expect(offices.d2po).toBeChecked();
  await expect(offices.offices).toHaveCount(10);
  await expect(offices.offices.getByTestId("d2po").filter({ hasText: "Does not hold" })).toHaveCount(0);

  // Unknown text: said so, not an error page.
  await offices.search("Atlantis");
  await expect(page.getByText("No place found for “Atlantis”.")).toBeVisible();
  await expect(offices.offices).toHaveCount(0);

  // In French: day names, "Fermé", distances with a decimal comma.
  await page.getByRole("button", { name: "Afficher en français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver un bureau de poste");
  const track = await openMenuGroup(page, "Suivi", "fr");
  await expect(track.getByRole("link", { name: "Bureaux de poste" })).toHaveAttribute("aria-current", "page");
  const fr = officesPage(page, FR);
  await fr.search("H2H 2S6");
  await expect(page.getByRole("heading", { name: "10 bureaux près de « H2H 2S6 »" })).toBeVisible();
  await expect(page.getByTestId("sample-note")).toContainText("Ce ne sont pas de vrais bureaux de Postes Canada.");
  const premier = fr.offices.first();
  await expect(premier.getByTestId("hours")).toContainText("Lundi9 h à 20 h");
  await expect(premier.getByTestId("hours")).toContainText("Samedi10 h à 16 h");
  await expect(premier.getByTestId("hours")).toContainText("DimancheFermé");
  await expect(premier.getByTestId("d2po")).toHaveText("Garde les colis Livrer au bureau de poste");
  await expect(premier.getByTestId("distance")).toHaveText("0,0 km");
  await expect(fr.offices.nth(1).getByTestId("distance")).toHaveText(/^\d+,\d\s?km$/);
});
