import { WEB_ENV } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { readWebConfig, WebConfigError } from "./web-config.ts";

describe("readWebConfig", () => {
  it("reads the pool settings and passes the emulator endpoint only when set", () => {
    const cloud = { [WEB_ENV.userPoolId]: "eu-west-1_abc", [WEB_ENV.userPoolClientId]: "client" };
    expect(readWebConfig(cloud)).toEqual({
      userPoolId: "eu-west-1_abc",
      userPoolClientId: "client",
      userPoolEndpoint: undefined,
    });
    expect(
      readWebConfig({ ...cloud, [WEB_ENV.userPoolEndpoint]: "http://localhost:9229" })
        .userPoolEndpoint,
    ).toBe("http://localhost:9229");
  });

  it("names every missing variable", () => {
    expect(() => readWebConfig({ [WEB_ENV.userPoolId]: " " })).toThrow(WebConfigError);
    try {
      readWebConfig({});
    } catch (error) {
      expect((error as WebConfigError).missing).toEqual([
        WEB_ENV.userPoolId,
        WEB_ENV.userPoolClientId,
      ]);
    }
  });

  it("refuses an endpoint that is not a URL", () => {
    expect(() =>
      readWebConfig({
        [WEB_ENV.userPoolId]: "p",
        [WEB_ENV.userPoolClientId]: "c",
        [WEB_ENV.userPoolEndpoint]: "localhost:9229",
      }),
    ).toThrow(/not a URL/);
  });
});
