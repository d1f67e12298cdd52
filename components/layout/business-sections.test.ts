import { describe, expect, it } from "vitest";
import { businessSections, currentHref } from "./business-sections";

const t = (key: string) => key;

describe("businessSections", () => {
  it("groups the sections and leaves out the settings a role may not open", () => {
    const owner = businessSections("acme", "OWNER", t);
    expect(owner.groups.map((g) => g.id)).toEqual(["ship", "track", "addressBook", "settings"]);
    expect(owner.groups[3]!.links.map((l) => l.href)).toEqual(["/b/acme/settings", "/b/acme/members", "/b/acme/settings/carriers", "/b/acme/account", "/b/acme/audit", "/b/acme/developers"]);
    const shipper = businessSections("acme", "SHIPPER", t);
    expect(shipper.groups[3]!.links.map((l) => l.label)).toEqual(["profile", "members"]);
  });

  it("shows end-of-day manifests only to a business that ships under a contract", () => {
    expect(businessSections("acme", "OWNER", t).groups[0]!.links.map((l) => l.label)).not.toContain("manifests");
    expect(businessSections("acme", "OWNER", t, { contract: true }).groups[0]!.links.map((l) => l.href)).toContain("/b/acme/manifests");
  });
});

describe("currentHref", () => {
  const { overview, groups } = businessSections("acme", "OWNER", t);
  const hrefs = [overview.href, ...groups.flatMap((g) => g.links.map((l) => l.href))];
  it("marks the section a page is under, the most specific one", () => {
    expect(currentHref("/b/acme", hrefs, overview.href)).toBe("/b/acme");
    expect(currentHref("/b/acme/batches/12", hrefs, overview.href)).toBe("/b/acme/batches");
    expect(currentHref("/b/acme/settings", hrefs, overview.href)).toBe("/b/acme/settings");
    expect(currentHref("/b/acme/settings/carriers", hrefs, overview.href)).toBe("/b/acme/settings/carriers");
    expect(currentHref("/b/acme/contacts/new", hrefs, overview.href)).toBe("/b/acme/contacts");
    expect(currentHref("/b/acme/developers/logs", hrefs, overview.href)).toBe("/b/acme/developers");
  });
  it("marks nothing on a page outside the menu", () => {
    expect(currentHref("/b/acme-two/rates", hrefs, overview.href)).toBeNull();
  });
});
