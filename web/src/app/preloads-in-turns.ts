import { yieldToBrowser } from "../ui/hydration-slices.tsx";

const PRELOADS_PER_TASK = 4;

/**
 * Runs `load` (a route's `lazy`) with the `<link rel="modulepreload">` elements Vite's
 * loader adds for the chunk's dependencies put in a few at a time, one task each, rather
 * than all in the call: starting a download costs the main thread 1–1.5 ms in Chromium,
 * and a page's route has 10–30 dependencies that index.html does not list (decision
 * 0117). The chunk itself is requested at once and its imports are found as it parses,
 * so no download waits for its link.
 */
export function withPreloadsInTurns<T>(load: () => Promise<T>): Promise<T> {
  const head = document.head;
  const links: HTMLLinkElement[] = [];
  const appendChild = head.appendChild;
  head.appendChild = <N extends Node>(node: N): N => {
    if (node instanceof HTMLLinkElement && node.rel === "modulepreload") links.push(node);
    else appendChild.call(head, node);
    return node;
  };
  let loading: Promise<T>;
  try {
    // The loader adds its links synchronously, before it imports.
    loading = load();
  } finally {
    // Back to the prototype's method.
    Reflect.deleteProperty(head, "appendChild");
  }
  void (async () => {
    for (let index = 0; index < links.length; index += PRELOADS_PER_TASK) {
      await yieldToBrowser();
      head.append(...links.slice(index, index + PRELOADS_PER_TASK));
    }
  })();
  return loading;
}
