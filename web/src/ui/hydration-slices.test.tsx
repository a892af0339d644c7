// @vitest-environment happy-dom

import { options } from "preact";
import { renderToStringAsync } from "preact-render-to-string";
import { type ReactElement, useEffect, useState } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import {
  createHydrationTurns,
  HydrationSlice,
  type HydrationTurns,
  HydrationTurnsProvider,
  serverTurns,
  yieldToBrowser,
} from "./hydration-slices.tsx";

/** Which parts have rendered in the browser, in order. */
let rendered: string[] = [];

function Counter({ name }: { name: string }) {
  const [count, setCount] = useState(0);
  rendered.push(name);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {name} {count}
    </button>
  );
}

function Nothing() {
  rendered.push("nothing");
  return null;
}

function Two() {
  rendered.push("two");
  return (
    <>
      <p>one</p>
      <p>two</p>
    </>
  );
}

function Page({ turns }: { turns?: HydrationTurns }) {
  return (
    <HydrationTurnsProvider value={turns}>
      <h1>Title</h1>
      <HydrationSlice>
        <header>
          <Counter name="header" />
        </header>
      </HydrationSlice>
      <HydrationSlice>
        <Nothing />
      </HydrationSlice>
      <HydrationSlice>
        <main>
          <Counter name="main" />
          <HydrationSlice>
            <section>
              <Counter name="nested" />
            </section>
          </HydrationSlice>
          <HydrationSlice>
            <Two />
          </HydrationSlice>
        </main>
      </HydrationSlice>
      <footer>
        <Counter name="footer" />
      </footer>
    </HydrationTurnsProvider>
  );
}

function Effect({ name }: { name: string }) {
  useEffect(() => {
    rendered.push(`${name}'s effect`);
  }, [name]);
  rendered.push(name);
  return <p>{name}</p>;
}

/** Outside any slice, changes its state in an effect, as the sign-in check does. */
function Switching() {
  const [state, setState] = useState("signed out");
  useEffect(() => setState("checking"), []);
  return (
    <HydrationSlice>
      <Shown state={state} />
    </HydrationSlice>
  );
}

function Shown({ state }: { state: string }) {
  rendered.push(state);
  return state === "checking" ? <h2>{state}</h2> : <p>{state}</p>;
}

let container: HTMLElement;
afterEach(() => {
  container?.remove();
  rendered = [];
});

/** The page as the server renders it (entry-server.tsx), in the document. */
async function serverRendered(page: ReactElement): Promise<HTMLElement> {
  container = document.createElement("div");
  container.innerHTML = await renderToStringAsync(page);
  document.body.append(container);
  rendered = [];
  return container;
}

const buttons = () => [...container.querySelectorAll("button")];

describe("HydrationSlice", () => {
  it("renders each slice on the server between the markers Preact's hydration reads", async () => {
    await serverRendered(<Page turns={serverTurns()} />);
    const [open, close] = ["<!--$s-->", "<!--/$s-->"];
    expect(container.innerHTML).toBe(
      [
        "<h1>Title</h1>",
        `${open}<header><button type="button">header 0</button></header>${close}`,
        `${open}${close}`,
        `${open}<main><button type="button">main 0</button>`,
        `${open}<section><button type="button">nested 0</button></section>${close}`,
        `${open}<p>one</p><p>two</p>${close}`,
        `</main>${close}`,
        '<footer><button type="button">footer 0</button></footer>',
      ].join(""),
    );
  });

  it("is its children at once without turns", async () => {
    await serverRendered(<Page />);
    expect(container.innerHTML).toBe(
      [
        '<h1>Title</h1><header><button type="button">header 0</button></header>',
        '<main><button type="button">main 0</button>',
        '<section><button type="button">nested 0</button></section><p>one</p><p>two</p></main>',
        '<footer><button type="button">footer 0</button></footer>',
      ].join(""),
    );
  });

  it("hydrates each slice in a task of its own, in order, keeping the server's nodes", async () => {
    await serverRendered(<Page turns={serverTurns()} />);
    const before = [...container.querySelectorAll("*")];
    const turns = createHydrationTurns();
    hydrateRoot(container, <Page turns={turns} />);
    turns.start();
    // The first pass: everything outside a slice.
    expect(rendered).toEqual(["footer"]);
    let settled = false;
    void turns.settled.then(() => {
      settled = true;
    });
    const turn = async (name: string) => {
      const seen = rendered.length;
      await yieldToBrowser();
      expect(rendered.slice(seen)).toEqual([name]);
    };
    await turn("header");
    await turn("nothing");
    // The main slice; the slices inside it wait for turns of their own.
    await turn("main");
    await turn("nested");
    expect(settled).toBe(false);
    await turn("two");
    await turns.settled;
    // Nothing removed and made again, and every part answers.
    expect([...container.querySelectorAll("*")]).toEqual(before);
    expect(container.textContent).toBe("Titleheader 0main 0nested 0onetwofooter 0");
    for (const button of buttons()) button.click();
    await yieldToBrowser();
    expect(buttons().map((button) => button.textContent)).toEqual([
      "header 1",
      "main 1",
      "nested 1",
      "footer 1",
    ]);
  });

  it("holds the effects until every slice has hydrated, then leaves Preact's timing as it was", async () => {
    const page = (turns: HydrationTurns) => (
      <HydrationTurnsProvider value={turns}>
        <Effect name="first" />
        <HydrationSlice>
          <Effect name="sliced" />
        </HydrationSlice>
      </HydrationTurnsProvider>
    );
    await serverRendered(page(serverTurns()));
    const timing = options.requestAnimationFrame;
    const turns = createHydrationTurns();
    hydrateRoot(container, page(turns));
    turns.start();
    expect(rendered).toEqual(["first"]);
    await yieldToBrowser();
    expect(rendered).toEqual(["first", "sliced"]);
    await turns.settled;
    expect(rendered).toEqual(["first", "sliced", "first's effect", "sliced's effect"]);
    expect(options.requestAnimationFrame).toBe(timing);
  });

  it("hydrates a slice with the server's state though an effect outside it changes it", async () => {
    const page = (turns: HydrationTurns) => (
      <HydrationTurnsProvider value={turns}>
        <Switching />
      </HydrationTurnsProvider>
    );
    await serverRendered(page(serverTurns()));
    expect(container.textContent).toBe("signed out");
    const turns = createHydrationTurns();
    hydrateRoot(container, page(turns));
    turns.start();
    await turns.settled;
    await yieldToBrowser();
    // Hydrated as the server rendered it, then rendered again with the effect's state.
    expect(rendered).toEqual(["signed out", "checking"]);
    expect(container.querySelector("p")).toBeNull();
    expect(container.querySelector("h2")?.textContent).toBe("checking");
  });

  it("settles at once when a page has no slice", async () => {
    const turns = createHydrationTurns();
    await serverRendered(<Counter name="alone" />);
    hydrateRoot(
      container,
      <HydrationTurnsProvider value={turns}>
        <Counter name="alone" />
      </HydrationTurnsProvider>,
    );
    turns.start();
    await turns.settled;
    expect(rendered).toEqual(["alone"]);
  });

  it("is its children at once outside hydration and after the page has hydrated", async () => {
    container = document.createElement("div");
    document.body.append(container);
    createRoot(container).render(<Page />);
    await yieldToBrowser();
    expect(rendered).toEqual(["header", "nothing", "main", "nested", "two", "footer"]);

    // A slice first rendered once the turns are over takes none.
    rendered = [];
    const turns = createHydrationTurns();
    turns.start();
    await turns.settled;
    const later = document.createElement("div");
    document.body.append(later);
    createRoot(later).render(<Page turns={turns} />);
    await yieldToBrowser();
    expect(rendered).toEqual(["header", "nothing", "main", "nested", "two", "footer"]);
    later.remove();
  });
});
