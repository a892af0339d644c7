import { type ReactNode, useId } from "react";

/**
 * A table of figures with its caption. On a narrow screen (or at high zoom) the table
 * scrolls sideways inside its own box, not the page (WCAG 1.4.10 allows it for data
 * tables); the box is focusable and named by the caption so keyboard users can scroll it.
 */
export function FiguresTable({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="figures-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="figures">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}
