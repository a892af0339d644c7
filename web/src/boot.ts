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
      observer?.disconnect();
      document.removeEventListener("visibilitychange", onHidden);
      resolve();
    };
    // A hidden tab draws nothing: start at once, or as soon as the tab is hidden.
    const onHidden = () => {
      if (document.visibilityState === "hidden") start();
    };
    // The first contentful paint is reported once the frame is on screen. Drawing it can
    // take longer than a frame on a slow or busy phone: an app started on a timer (or
    // right after the frame's callbacks, while the frame is still being rasterised)
    // competes with it and holds the page's text back until hydration is over.
    const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
    const observer =
      typeof PerformanceObserver === "function" &&
      PerformanceObserver.supportedEntryTypes?.includes("paint")
        ? new PerformanceObserver(() => {
            if (painted()) start();
          })
        : undefined;
    // Only for a browser that reports no paint while it says the page is visible.
    const fallback = setTimeout(start, 3000);
    document.addEventListener("visibilitychange", onHidden);
    onHidden();
    if (painted()) start();
    else if (observer) observer.observe({ type: "paint" });
    else {
      // No paint timing: the frame is drawn once this callback returns; a task queued
      // now runs after it.
      requestAnimationFrame(() => setTimeout(start, 0));
    }
  });
}

// main.tsx only exports start(): the package declares its modules free of side effects.
void afterFirstPaint()
  .then(() => import("./main.tsx"))
  .then(({ start }) => start());
