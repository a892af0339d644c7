import { Component, createContext, type ReactNode, Suspense, useContext } from "react";

/**
 * Hydration in turns (decision 0117). Preact hydrates a page in one go: on a phone that
 * is one long task, and a tap meanwhile waits for all of it. A `HydrationSlice` marks a
 * part of a server-rendered page that may hydrate in a task of its own: while the page
 * hydrates, the slice suspends (Preact keeps the server's element on screen, untouched,
 * as it does for any component that suspends while hydrating) and resumes on its turn,
 * one slice per task, in the order they were met, so the browser can handle input and
 * draw in between. Outside hydration (the server's render, a page the app renders
 * itself, anything rendered after the page has hydrated) a slice is its children.
 *
 * A slice's children must render exactly one element: Preact keeps the first node of a
 * suspended part, and would make the rest again (`first-paint.test.ts` fails if a server
 * element is made again).
 */
export interface HydrationTurns {
  /** A turn for one more slice: resolves when the slice may hydrate; none once all is done. */
  take(): Promise<void> | undefined;
  /** Resolves once every slice has hydrated. */
  settled: Promise<void>;
}

const TurnsContext = createContext<HydrationTurns | undefined>(undefined);
export const HydrationTurnsProvider = TurnsContext.Provider;

const NOTHING_TO_WAIT_FOR = Promise.resolve();

/** Resolves once the page (every slice) has hydrated; at once outside hydration. */
export function useHydrationSettled(): Promise<void> {
  return useContext(TurnsContext)?.settled ?? NOTHING_TO_WAIT_FOR;
}

/**
 * Lets the browser run what is waiting (input, a frame) before going on: `scheduler.yield`
 * where the browser has it (the task continues ahead of other queued work), else a
 * message, which unlike a timer is not clamped to 4 ms when chained.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The turns of one hydration: `take` queues a slice; `start`, called once the first pass
 * of hydration has returned, lets one slice hydrate per task (a slice met while another
 * hydrates joins the queue) and settles when none is left.
 */
export function createHydrationTurns(): HydrationTurns & { start(): void } {
  const queue: (() => void)[] = [];
  let open = true;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return {
    settled,
    take() {
      if (!open) return undefined;
      return new Promise<void>((resolve) => queue.push(resolve));
    },
    start() {
      void (async () => {
        for (;;) {
          // A yield first: the slice resumed last renders in this task's microtasks, and
          // the slices it contains join the queue then.
          await yieldToBrowser();
          const next = queue.shift();
          if (!next) break;
          next();
        }
        open = false;
        settle();
      })();
    },
  };
}

/** Suspends until its turn, then renders its children; an instance keeps its turn. */
class AwaitTurn extends Component<{ turns: HydrationTurns; children: ReactNode }> {
  private ready = false;
  private turn: Promise<void> | undefined;

  override render() {
    if (!this.ready) {
      this.turn ??= this.props.turns.take()?.then(() => {
        this.ready = true;
      });
      if (this.turn) throw this.turn;
      this.ready = true;
    }
    return this.props.children;
  }
}

/** A part of the page that hydrates in a task of its own (see above). One element. */
export function HydrationSlice({ children }: { children: ReactNode }) {
  const turns = useContext(TurnsContext);
  if (!turns) return children;
  return (
    <Suspense fallback={null}>
      <AwaitTurn turns={turns}>{children}</AwaitTurn>
    </Suspense>
  );
}
