// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { AuthProvider } from "../auth/index.ts";
import { HomePage } from "./home-page.tsx";

const home = () => renderWithApp(<HomePage />, { route: "/", wrapper: AuthProvider });

describe("the home page", () => {
  it.each([
    ["Browse the courses", "/courses"],
    ["Verify a certificate", "/verify"],
  ])("leads from the academy's section: %s", async (name, path) => {
    const { user, router } = home();
    const academy = screen.getByRole("region", { name: "The academy" });
    await user.click(within(academy).getByRole("link", { name }));
    expect(router.state.location.pathname).toBe(path);
    expect(screen.getByRole("heading", { name: `Another page: ${path}` })).toBeTruthy();
  });

  it("leads from the exchange's section to its items and the member cities", () => {
    home();
    const exchange = screen.getByRole("region", { name: "The exchange" });
    const links = within(exchange).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Browse the exchange", "/exchange"],
      ["Meet the member cities", "/cities"],
    ]);
  });

  it("invites a visitor who is not signed in to join or sign in", async () => {
    home();
    expect(
      (await screen.findByRole("link", { name: "Create an account" })).getAttribute("href"),
    ).toBe("/sign-up");
    expect(
      screen.getByRole("link", { name: "I already have an account" }).getAttribute("href"),
    ).toBe("/sign-in");
  });
});
