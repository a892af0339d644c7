import { describe, expect, it } from "vitest";
import { i18nFor } from "./index.ts";

/**
 * i18next is patched (patches/i18next@26.7.2.patch, decision 0111): the `t` that
 * react-i18next hands out (getFixedT) spread every option of the instance into a new
 * object on each call, for its selector API only. A page calls `t` hundreds of times as it
 * hydrates; the copies made each call several times slower and fed the garbage collector.
 */
describe("t", () => {
  it("reads no option of the instance to build a copy for a key given as a string", async () => {
    const i18n = await i18nFor("en");
    let reads = 0;
    Object.defineProperty(i18n.options, "probe", {
      enumerable: true,
      configurable: true,
      get: () => {
        reads += 1;
        return undefined;
      },
    });
    const t = i18n.getFixedT("en");
    expect(t("nav.exchange")).not.toBe("nav.exchange");
    expect(reads).toBe(0);
  });

  it("still resolves a key given as a selector", async () => {
    const i18n = await i18nFor("en");
    const t = i18n.getFixedT("en");
    // The selector API is typed only with i18next's `enableSelector`, which the app leaves off.
    const selector = (($: { nav: { exchange: string } }) => $.nav.exchange) as unknown as string;
    expect(t(selector)).toBe(t("nav.exchange"));
  });
});
