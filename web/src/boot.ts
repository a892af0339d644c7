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
    // A hidden tab draws no frames: start anyway.
    const fallback = setTimeout(resolve, 200);
    requestAnimationFrame(() => {
      // The frame is drawn once this callback returns; a task queued now runs after it.
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}

// main.tsx only exports start(): the package declares its modules free of side effects.
void afterFirstPaint()
  .then(() => import("./main.tsx"))
  .then(({ start }) => start());
