import { describe, expect, it } from "vitest";
import type { DataService } from "../data/service.ts";
import { noteSuspension, refuseSuspended, SUSPENSION_CHECK_SECONDS } from "./load-profile.ts";

/** A data service whose profile reads answer `suspendedAt` and are counted. */
function profiles(suspendedAt: () => string | undefined) {
  const counted = { reads: 0 };
  const data = {
    entities: {
      user: {
        get: () => ({
          go: async () => {
            counted.reads += 1;
            const at = suspendedAt();
            return { data: at ? { suspendedAt: at } : {} };
          },
        }),
      },
    },
  } as unknown as DataService;
  return { data, counted };
}

const LATER = (SUSPENSION_CHECK_SECONDS + 1) * 1000;

describe("the suspension check of a signed-in request", () => {
  it("reads a person's mark once a minute per container, not once per request", async () => {
    let mark: string | undefined;
    const { data, counted } = profiles(() => mark);
    const t0 = 1_000_000;
    await refuseSuspended(data, "sub-reader", t0);
    await refuseSuspended(data, "sub-reader", t0 + 1000);
    expect(counted.reads).toBe(1);
    mark = "2026-12-04T10:00:00.000Z";
    // Suspended elsewhere: this container sees it once its minute is over.
    await refuseSuspended(data, "sub-reader", t0 + 2000);
    await expect(refuseSuspended(data, "sub-reader", t0 + LATER)).rejects.toMatchObject({
      code: "account-suspended",
    });
    expect(counted.reads).toBe(2);
  });

  it("holds at once in the container that suspended or reinstated the person", async () => {
    const { data, counted } = profiles(() => undefined);
    noteSuspension("sub-suspended", true);
    await expect(refuseSuspended(data, "sub-suspended")).rejects.toMatchObject({
      code: "account-suspended",
    });
    noteSuspension("sub-suspended", false);
    await refuseSuspended(data, "sub-suspended");
    expect(counted.reads).toBe(0);
  });
});
