import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

/**
 * A button that shows and hides a list of links (the disclosure pattern, not an ARIA
 * menu: the links stay ordinary links, reached with Tab). It closes on Escape (focus
 * back on the button), on a click or focus outside it, and when the page changes.
 */
export function NavDisclosure({
  label,
  current,
  children,
}: {
  label: string;
  /** Whether the page on screen is one of its links (shown on the button). */
  current: boolean;
  /** The `<li>` entries of the list. */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes when the page changes
  useEffect(() => setOpen(false), [pathname]);

  // A layout effect: listening from the commit that opens it, not a frame later (Preact
  // runs effects after the next paint), so an Escape pressed at once still closes it.
  useLayoutEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    document.addEventListener("keydown", onEscape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
      document.removeEventListener("keydown", onEscape);
    };
  }, [open]);

  return (
    <div ref={root} className="nav-disclosure">
      <button
        ref={button}
        type="button"
        className={
          current
            ? "link-button nav-disclosure__button is-current"
            : "link-button nav-disclosure__button"
        }
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span className="nav-disclosure__chevron" aria-hidden="true" />
      </button>
      <ul id={id} className="nav-disclosure__list" hidden={!open}>
        {children}
      </ul>
    </div>
  );
}
