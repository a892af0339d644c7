import { describe, expect, it } from "vitest";
import { fillLegalText, splitAt } from "./legal-text.ts";

const settings = {
  controllerName: "the secretariat",
  controllerAddress: "1 Main Street, Brussels",
  contactEmail: "dpo@alliance.eu",
};

describe("a legal text", () => {
  it("names the deployment's controller, address and contact", () => {
    expect(
      fillLegalText(
        "{{ControllerName}} runs it. Controller: {{controllerName}}{{controllerAddress}}. Write to {{contact}}.",
        settings,
        "us",
      ),
    ).toBe(
      "The secretariat runs it. Controller: the secretariat, 1 Main Street, Brussels. Write to [dpo@alliance.eu](mailto:dpo@alliance.eu).",
    );
  });

  it("leaves out an address and says whom to write to when none is configured", () => {
    const bare = {
      controllerName: "the secretariat",
      controllerAddress: undefined,
      contactEmail: undefined,
    };
    expect(
      fillLegalText(
        "{{controllerName}}{{controllerAddress}}: {{contact}}",
        bare,
        "the secretariat",
      ),
    ).toBe("the secretariat: the secretariat");
  });

  it("splits where a page puts a part of its own", () => {
    expect(splitAt("before\n<!-- tested -->\nafter", "tested")).toEqual(["before\n", "\nafter"]);
    expect(splitAt("whole", "tested")).toEqual(["whole", ""]);
  });
});
