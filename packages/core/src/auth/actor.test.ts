import { describe, expect, it } from "vitest";
import { VisibleError } from "../errors.ts";
import { requireRole, requireUser, useActor, withActor } from "./actor.ts";

const trainer = { kind: "user", subject: "s1", username: "t", roles: ["trainer"] } as const;

describe("actor context", () => {
  it("is anonymous outside a request and the given actor inside one", async () => {
    expect(useActor()).toEqual({ kind: "anonymous" });
    const seen = await withActor(trainer, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return useActor();
    });
    expect(seen).toBe(trainer);
  });

  it("refuses anonymous callers with 401 and callers without the role with 403", () => {
    expect(() => requireUser()).toThrow(expect.objectContaining({ status: 401 }));
    withActor(trainer, () => {
      expect(requireRole("trainer", "admin").subject).toBe("s1");
      const error = (() => {
        try {
          requireRole("admin");
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(VisibleError);
      expect((error as VisibleError).status).toBe(403);
    });
  });
});
