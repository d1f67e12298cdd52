import { describe, expect, it } from "vitest";
import { pickMessages, type MessageTree } from "./pick-messages";

const bundle: MessageTree = {
  batches: { title: "Batches", statuses: { DRAFT: "Draft" } },
  orders: { check: { problem: "{field}: {message}" }, units: { kg: "kg" } },
  errorPage: { title: "Something went wrong" },
};

describe("pickMessages", () => {
  it("keeps the namespaces asked for, nested as in the bundle, and nothing else", () => {
    expect(pickMessages(bundle, ["batches", "orders.check"])).toEqual({
      batches: { title: "Batches", statuses: { DRAFT: "Draft" } },
      orders: { check: { problem: "{field}: {message}" } },
    });
  });

  it("takes a namespace whole when a part of it is also asked for, without writing to the bundle", () => {
    const before = JSON.stringify(bundle);
    expect(pickMessages(bundle, ["orders.check", "orders", "orders.units"])).toEqual({ orders: bundle.orders });
    expect(pickMessages(bundle, ["orders.units", "orders.check"])).toEqual({ orders: { check: { problem: "{field}: {message}" }, units: { kg: "kg" } } });
    expect(JSON.stringify(bundle)).toBe(before);
  });

  it("leaves out a namespace the bundle does not have", () => {
    expect(pickMessages(bundle, ["missing", "batches.nothing", "errorPage"])).toEqual({ errorPage: { title: "Something went wrong" } });
  });
});
