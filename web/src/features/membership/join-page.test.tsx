// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { APPLICATION_ID, applicationIn } from "./application.fixture.ts";
import { JoinForm } from "./join-page.tsx";

afterEach(() => sessionStorage.clear());

function open(
  signedIn: boolean,
  answer: (request: SentRequest) => Response = () => answerJson(applicationIn("submitted"), 201),
) {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<JoinForm signedIn={signedIn} />, { path: "/join", route: "/join" }),
  };
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const send = () => screen.getByRole("button", { name: "Send the application" });

/** Fills the whole form as a person does; long answers are pasted. */
async function fill(user: ReturnType<typeof open>["user"]) {
  await user.type(field("Name of the city or region"), "Tampere");
  await user.selectOptions(field("Country"), "FI");
  await user.type(field("Region"), "Pirkanmaa");
  await user.type(field("Population"), "255 000");
  await user.type(field("Your name"), "Aino Virtanen");
  await user.type(field("Your role in the city or region"), "Prevention coordinator");
  await user.type(field("Their name"), "Kalle Mäkinen");
  await user.type(field("Their office"), "Deputy mayor");
  await user.type(field("Their e-mail address"), "deputy@tampere.example");
  await user.click(field("Why do you want to join?"));
  await user.paste(
    "Our city runs a multi-agency prevention network and wants to learn from others.",
  );
  await user.click(field("What do you bring to the alliance?"));
  await user.paste(
    "Ten years of exit work and a training programme for youth workers on online hate.",
  );
  await user.click(
    field(
      "We accept the alliance's principles (the Aarhus declaration) and the endorsing representative agrees to this application.",
    ),
  );
}

describe("the join form", () => {
  it("asks a signed-out visitor to sign in first, keeping what they typed for when they return", async () => {
    const { sent, user, unmount } = open(false);
    await fill(user);
    await user.click(send());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("sign in or create an account first");
    expect(document.activeElement).toBe(alert);
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fjoin",
    );
    expect(screen.getByRole("link", { name: "Create an account" }).getAttribute("href")).toBe(
      "/sign-up",
    );
    expect(sent).toEqual([]);

    unmount();
    open(true);
    expect(field("Name of the city or region").value).toBe("Tampere");
    expect(field("Country").value).toBe("FI");
    expect(field("Their e-mail address").value).toBe("deputy@tampere.example");
  });

  it("sends the application of a signed-in person, as core's schema reads it, and opens it", async () => {
    const { sent, user, router } = open(true);
    await fill(user);
    await user.click(send());
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe(`/membership/applications/${APPLICATION_ID}`),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: "/api/membership/applications",
      body: {
        cityName: "Tampere",
        country: "FI",
        population: 255000,
        representative: { email: "deputy@tampere.example" },
        principlesAccepted: true,
      },
    });
    expect(sessionStorage.length).toBe(0);
  });

  it("names each missing answer, with focus on the first, and sends nothing", async () => {
    const { sent, user } = open(true);
    await user.type(field("Why do you want to join?"), "Too short");
    await user.click(send());
    expect(errorOf(field("Name of the city or region"))).toContain(
      "Write between 2 and 120 characters.",
    );
    expect(errorOf(field("Country"))).toContain("Choose the country.");
    expect(errorOf(field("Why do you want to join?"))).toContain(
      "Write between 50 and 3000 characters.",
    );
    expect(
      errorOf(
        field(
          "We accept the alliance's principles (the Aarhus declaration) and the endorsing representative agrees to this application.",
        ),
      ),
    ).toContain("Accept the alliance's principles to apply.");
    expect(document.activeElement).toBe(field("Name of the city or region"));
    expect(sent).toEqual([]);
  });

  it("says why the platform refused: an application already open", async () => {
    const { user } = open(true, () => answerProblem(409, "application-open"));
    await fill(user);
    await user.click(send());
    expect((await screen.findByRole("alert")).textContent).toContain(
      "You already have an application in progress.",
    );
    expect(field("Name of the city or region").value).toBe("Tampere");
  });
});
