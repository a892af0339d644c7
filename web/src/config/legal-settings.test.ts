import { WEB_ENV } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONTROLLER_NAME, readLegalSettings } from "./legal-settings.ts";

describe("the controller named by the legal pages", () => {
  it("comes from the deployment's build variables", () => {
    expect(
      readLegalSettings({
        [WEB_ENV.controllerName]: " Secretariat of the Alliance ",
        [WEB_ENV.controllerAddress]: "Rue de la Loi 1, 1000 Brussels",
        [WEB_ENV.contactEmail]: "dpo@alliance.eu",
      }),
    ).toEqual({
      controllerName: "Secretariat of the Alliance",
      controllerAddress: "Rue de la Loi 1, 1000 Brussels",
      contactEmail: "dpo@alliance.eu",
    });
  });

  it("falls back to the secretariat's name and leaves out what is missing or malformed", () => {
    expect(readLegalSettings({ [WEB_ENV.contactEmail]: "not an address" })).toEqual({
      controllerName: DEFAULT_CONTROLLER_NAME,
      controllerAddress: undefined,
      contactEmail: undefined,
    });
  });
});
