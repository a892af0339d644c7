import { describe, expect, it } from "vitest";
import { renderStatic } from "../../../testing/render-static.tsx";
import { MoveButtons } from "./move-buttons.tsx";

describe("MoveButtons", () => {
  it("show a short verb and keep the title in the accessible name, which starts with it", () => {
    const html = (lng: "en" | "fr") =>
      renderStatic(<MoveButtons id="l1" title="Intro" first last={false} onMove={() => {}} />, {
        lng,
      });
    expect(html("en")).toMatch(/aria-label="Move up “Intro”"[^>]*>Move up<\/button>/);
    expect(html("en")).toMatch(/aria-label="Move down “Intro”"[^>]*>Move down<\/button>/);
    expect(html("fr")).toMatch(/aria-label="Monter «\u202fIntro\u202f»"[^>]*>Monter<\/button>/);
  });
});
