import { type ReactNode, useState } from "react";

/**
 * A list's filters beside its results; on a small screen they fold away behind
 * their heading, so the results are not pages down. "Clear" shows when any is set.
 *
 * Which of the two the page shows is the stylesheet's choice (below 48rem, the layout's
 * breakpoint: `.filters__toggle` and the folded body), not the script's: the server
 * renders the page without knowing the screen, and a panel that folded only once the
 * script ran moved every result up on a phone after the first paint (a layout shift
 * Lighthouse counted; decision 0101). The heading holds both its plain title and the
 * button; the stylesheet shows one, and what is not shown is not read either.
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
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="filters-title" className="filters">
      <h2 id="filters-title">
        <span className="filters__title">{title}</span>
        <button
          type="button"
          className="filters__toggle"
          aria-expanded={open}
          aria-controls="filters-body"
          onClick={() => setOpen(!open)}
        >
          {title}
        </button>
      </h2>
      <div
        id="filters-body"
        className={open ? "filters__body filters__body--open" : "filters__body"}
      >
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
