import { expect, test } from "./support/fixtures";
import { sectionsMenu } from "./support/pages";

test("the grouped menu at 1280 px: one line, groups open by mouse or keyboard, Escape or a press outside closes them, the current page is marked", async ({ newUser }) => {
  const owner = await newUser("menu");
  const { page } = owner;
  await page.setViewportSize({ width: 1280, height: 800 });
  const menu = sectionsMenu(page);
  // Five entries on one line: Overview and four groups.
  await expect(menu.getByRole("link")).toHaveText(["Overview"]);
  await expect(menu.getByRole("button")).toHaveText(["Ship", "Track", "Address book", "Settings"]);
  expect((await menu.boundingBox())!.height).toBeLessThan(50);
  await expect(menu.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");

  // Open a group, Escape closes it and gives focus back to its button.
  const track = menu.getByRole("button", { name: "Track" });
  await track.click();
  await expect(track).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link")).toHaveText(["Overview", "Shipments", "Returns", "Pickups", "Post offices"]);
  await page.keyboard.press("Escape");
  await expect(track).toHaveAttribute("aria-expanded", "false");
  await expect(track).toBeFocused();
  await expect(menu.getByRole("link", { name: "Pickups" })).toBeHidden();

  // One group at a time; a press outside closes it.
  await track.click();
  await menu.getByRole("button", { name: "Ship" }).click();
  await expect(track).toHaveAttribute("aria-expanded", "false");
  await expect(menu.getByRole("link")).toHaveText(["Overview", "Batches", "Rates", "Templates", "Defaults"]);
  await page.mouse.click(640, 700);
  await expect(menu.getByRole("button", { name: "Ship" })).toHaveAttribute("aria-expanded", "false");

  // Follow a link: the page opens, the menu is closed, and the link is marked as the current page.
  await track.click();
  await menu.getByRole("link", { name: "Post offices" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a post office");
  await expect(track).toHaveAttribute("aria-expanded", "false");
  await track.click();
  await expect(menu.getByRole("link", { name: "Post offices" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current");

  // By keyboard: the skip link first, then the menu; Enter opens a group, Tab reaches its links.
  await page.goto(`/b/${owner.slug}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  const settings = menu.getByRole("button", { name: "Settings" });
  await settings.focus();
  await page.keyboard.press("Enter");
  await expect(settings).toHaveAttribute("aria-expanded", "true");
  // An owner sees every setting.
  await expect(menu.getByRole("link")).toHaveText(["Overview", "Profile", "Team", "Carrier accounts", "Business account", "Activity log", "Developers"]);
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Profile" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team");
  // Leaving the menu by keyboard closes the open group.
  await settings.focus();
  await page.keyboard.press("Enter");
  await expect(settings).toHaveAttribute("aria-expanded", "true");
  await menu.getByRole("link", { name: "Overview" }).focus();
  await expect(settings).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Shift+Tab");
  await expect(settings).toHaveAttribute("aria-expanded", "false");
});

test("the skip link takes keyboard users past the header to the page's content", async ({ newUser }) => {
  const owner = await newUser("skip");
  const { page } = owner;
  await page.goto(`/b/${owner.slug}/contacts`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // The next tab stop is inside the page's content, not the header's menu.
  expect(await page.evaluate(() => document.activeElement?.closest("main")?.id)).toBe("main");
});

test("at 390 px the menu is a drawer, and no page of the business is wider than the phone", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("phone");
  const { page } = owner;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/b/${owner.slug}`);
  await expect(sectionsMenu(page)).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  const drawer = sectionsMenu(page);
  await expect(drawer.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(drawer.getByRole("list", { name: "Track" }).getByRole("link")).toHaveText(["Shipments", "Returns", "Pickups", "Post offices"]);
  // Language and sign-out are in the drawer too.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await drawer.getByRole("link", { name: "Locations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ship-from locations");
  await expect(drawer).toBeHidden();
  await menuButton.click();
  await expect(drawer.getByRole("link", { name: "Locations" })).toHaveAttribute("aria-current", "page");
  // A press outside the drawer closes it: on the header's margin, since the open drawer can reach
  // the bottom of the screen (how far depends on the user's name in its last line).
  const header = (await page.locator("header").first().boundingBox())!;
  await page.mouse.click(header.x + 4, header.y + header.height / 2);
  await expect(drawer).toBeHidden();

  for (const path of ["", "/batches", "/rates", "/templates", "/defaults", "/shipments", "/pickups", "/pickups/new", "/post-offices", "/contacts", "/contacts/new", "/locations", "/settings", "/members", "/settings/carriers", "/account", "/audit"]) {
    await page.goto(`/b/${owner.slug}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `width of ${path || "/"}`).toBeLessThanOrEqual(390);
  }
});
