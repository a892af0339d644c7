import { describe, expect, it } from "vitest";
import { renderStatic } from "../../testing/render-static.tsx";
import { AuthProvider } from "../auth/index.ts";
import { HomePage } from "./home-page.tsx";

describe("the home page", () => {
  it("leads from the academy's section to the courses and to certificate verification", () => {
    const html = renderStatic(
      <AuthProvider>
        <HomePage />
      </AuthProvider>,
    );
    const academy = html.split('id="home-academy"')[1]?.split("</section>")[0] ?? "";
    expect(academy).toMatch(/<a href="\/courses"[^>]*>Browse the courses<\/a>/);
    expect(academy).toMatch(/<a href="\/verify"[^>]*>Verify a certificate<\/a>/);
  });
});
