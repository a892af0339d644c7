import { type ReactNode, useState, useSyncExternalStore } from "react";

const WIDE = "(min-width: 48rem)";

/** Whether the filters sit beside the results (the layout's breakpoint). */
function useWideScreen(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(WIDE).matches,
    // Rendered without a window (tests, pre-rendering): the wide layout, filters open.
    () => true,
  );
}

/**
 * A list's filters beside its results; on a small screen they fold away behind
 * their heading, so the results are not pages down. "Clear" shows when any is set.
 */
export function FiltersPanel({
  title,
  active,
  clearLabel,
  onClear,
  children,
}: {
  /** Already translated, counting the active filters if any. */
  title: string;
  active: number;
  clearLabel: string;
  onClear: () => void;
  children: ReactNode;
}) {
  const wide = useWideScreen();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="filters-title" className="filters">
      <h2 id="filters-title">
        {wide ? (
          title
        ) : (
          <button
            type="button"
            className="filters__toggle"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={() => setOpen(!open)}
          >
            {title}
          </button>
        )}
      </h2>
      <div id="filters-body" hidden={!wide && !open}>
        {active > 0 && (
          <p>
            <button type="button" className="link-button link-button--inline" onClick={onClear}>
              {clearLabel}
            </button>
          </p>
        )}
        {children}
      </div>
    </section>
  );
}
