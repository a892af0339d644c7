import { options } from "preact";
import { createContext, type ReactNode, Suspense, useContext } from "react";

/**
 * Hydration in turns (decision 0117). Preact hydrates a page in one go: on a phone that
 * is one long task, and a tap meanwhile waits for all of it. A `HydrationSlice` marks a
 * part of a server-rendered page that may hydrate in a task of its own: while the page
 * hydrates, the slice suspends (Preact keeps the server's markup on screen, untouched,
 * as it does for any part that suspends while hydrating) and resumes on its turn, one
 * slice per task, in the order they were met, so the browser can handle input and draw
 * in between.
 *
 * The server's render suspends each slice once too (`serverTurns`), so that its markup
 * sits between the markers Preact's hydration reads (`<!--$s-->…<!--/$s-->`): the
 * browser then keeps exactly that range for the slice, whatever it renders (nothing,
 * one element, several). Outside hydration (a page the app renders itself, anything
 * rendered after the page has hydrated) a slice is its children.
 */
export interface HydrationTurns {
  /**
   * A turn for one more slice (`key`: the slice's own props): resolves when the slice may
   * render; none when it may render at once.
   */
  take(key: object): Promise<void> | undefined;
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
  const waiting = new WeakMap<object, Promise<void>>();
  const done = new WeakSet<object>();
  // Preact runs effects after the next frame. Here they wait until every slice has
  // hydrated: an effect may change state (the sign-in check does), and a slice that
  // hydrated after such a change would render other content than the server's markup,
  // which Preact's hydration does not correct. `options.requestAnimationFrame` is
  // Preact's hook for when effects run; its own timing is back once the turns are over.
  const effectsTiming = options.requestAnimationFrame;
  const heldEffects: (() => void)[] = [];
  options.requestAnimationFrame = (flush) => {
    heldEffects.push(flush);
  };
  let open = true;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return {
    settled,
    take(key) {
      if (!open || done.has(key)) return undefined;
      let turn = waiting.get(key);
      if (!turn) {
        turn = new Promise<void>((resolve) =>
          queue.push(() => {
            done.add(key);
            resolve();
          }),
        );
        waiting.set(key, turn);
      }
      return turn;
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
        options.requestAnimationFrame = effectsTiming;
        for (const flush of heldEffects) {
          await yieldToBrowser();
          flush();
        }
        settle();
      })();
    },
  };
}

/**
 * The server render's turns: each slice suspends once, at once resolved, which makes
 * preact-render-to-string write its markup between suspense markers (it does so for a
 * function component only). Its renderer makes the suspended component again, with the
 * same props.
 */
export function serverTurns(): HydrationTurns {
  const served = new WeakSet<object>();
  return {
    settled: NOTHING_TO_WAIT_FOR,
    take(key) {
      if (served.has(key)) return undefined;
      served.add(key);
      return NOTHING_TO_WAIT_FOR;
    },
  };
}

interface AwaitTurnProps {
  turns: HydrationTurns;
  children: ReactNode;
}

/**
 * Suspends until its turn, then renders its children. Its props are the turn's key: a
 * component that suspended before it first rendered keeps no state, but renders again
 * with the same props once the turn has come.
 */
function AwaitTurn(props: AwaitTurnProps) {
  const turn = props.turns.take(props);
  if (turn) throw turn;
  return props.children;
}

/** A part of the page that hydrates in a task of its own (see above). */
export function HydrationSlice({ children }: { children: ReactNode }) {
  const turns = useContext(TurnsContext);
  if (!turns) return children;
  return (
    <Suspense fallback={null}>
      <AwaitTurn turns={turns}>{children}</AwaitTurn>
    </Suspense>
  );
}
