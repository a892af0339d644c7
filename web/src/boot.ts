import "./styles.css";

/**
 * The browser's entry (index.html): lets the browser paint the page first, then starts
 * the app (main.tsx). A page the server rendered is complete in its HTML (decision 0031):
 * its text should show as soon as the HTML and the stylesheet are in, not after the
 * app's modules have been evaluated and the page hydrated, which on a slow phone takes
 * longer than everything else. The app's modules download meanwhile: the build lists
 * them as modulepreloads in index.html (vite.config.ts). Decision 0106.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      clearTimeout(fallback);
      document.removeEventListener("visibilitychange", onHidden);
      resolve();
    };
    // A hidden tab draws no frames: start at once, or as soon as the tab is hidden.
    const onHidden = () => {
      if (document.visibilityState === "hidden") start();
    };
    // A visible tab draws its first frame once the HTML and the stylesheet are in; on a
    // slow or busy phone that can take longer than a frame's worth of waiting, and an app
    // started before it holds the first paint back until hydration is done. The fallback
    // only guards against a browser that draws nothing while it says it is visible.
    const fallback = setTimeout(start, 2000);
    document.addEventListener("visibilitychange", onHidden);
    onHidden();
    requestAnimationFrame(() => {
      // The frame is drawn once this callback returns; a task queued now runs after it.
      setTimeout(start, 0);
    });
  });
}

// main.tsx only exports start(): the package declares its modules free of side effects.
void afterFirstPaint()
  .then(() => import("./main.tsx"))
  .then(({ start }) => start());
