import { describe, expect, it, vi } from "vitest";
import { createCore } from "./core.ts";
import { deferred } from "./deferred.ts";

const useCases = () => ({
  count: { of: async (n: number) => n + 1, twice: (n: number) => n * 2 },
  greeting: {
    name: () => "Ada",
    greet() {
      return `Hello, ${this.name()}`;
    },
  },
});

describe("deferred use cases (decision 0109)", () => {
  it("load nothing until a use case is called, then once", async () => {
    const load = vi.fn(async () => useCases().count);
    const count = deferred(load);
    const { of, twice } = count;
    expect(load).not.toHaveBeenCalled();
    expect(await of(1)).toBe(2);
    expect(await count.twice(3)).toBe(6);
    expect(await Promise.all([twice(1), of(2)])).toEqual([2, 3]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("call a use case on its own object", async () => {
    const greeting = deferred(async () => ({ group: useCases().greeting }));
    expect(await greeting.group.greet()).toBe("Hello, Ada");
    // A value among the use cases is refused as they load, naming it.
    const valued = deferred(async () => ({ group: { ...useCases().greeting, max: 20 } }));
    await expect(valued.group.greet()).rejects.toThrow("group.max is a value");
  });

  it("load again after a failed load", async () => {
    const load = vi
      .fn<() => Promise<{ of: (n: number) => Promise<number> }>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(useCases().count);
    const count = deferred(load);
    await expect(count.of(1)).rejects.toThrow("offline");
    expect(await count.of(1)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("hand out values at once, and are no thenable", async () => {
    const count = deferred(async () => useCases().count, { max: 20 });
    expect(count.max).toBe(20);
    expect(await Promise.resolve(count)).toBe(count);
    await expect(count.of.call(undefined, 1)).resolves.toBe(2);
  });

  it("load every domain of the core, each holding use cases only", async () => {
    const core = createCore({ config: { tableName: "unused", region: "eu-west-1" } });
    const domains = Object.entries(core).filter(
      ([name]) => name !== "data" && name !== "directory",
    );
    expect(domains.length).toBeGreaterThanOrEqual(15);
    for (const [name, domain] of domains) {
      const probe = (domain as unknown as Record<string, () => Promise<unknown>>).noSuchUseCase;
      await expect(probe?.(), name).rejects.toThrow("noSuchUseCase is not a use case");
    }
    expect(core.exchange.searchSnapshot).toBeUndefined();
  });
});
