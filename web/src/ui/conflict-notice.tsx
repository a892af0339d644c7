import { useEffect, useRef } from "react";

/**
 * A save met a version changed elsewhere (a 412). Takes focus and is an alert; what
 * the person typed stays until they choose to reload. `reloading` marks a reload
 * under way, for the places that reload in the form itself: the button then stays
 * focusable but says it is unavailable, and a press does nothing.
 */
export function ConflictNotice({
  title,
  body,
  reloadLabel,
  reloadingLabel = reloadLabel,
  reloading = false,
  onReload,
  headingLevel = 2,
}: {
  title: string;
  body: string;
  reloadLabel: string;
  reloadingLabel?: string;
  reloading?: boolean;
  onReload: () => void;
  headingLevel?: 2 | 3;
}) {
  const box = useRef<HTMLDivElement>(null);
  const Heading = headingLevel === 3 ? "h3" : "h2";

  useEffect(() => {
    box.current?.focus();
  }, []);

  return (
    <div ref={box} className="notice notice--warning" tabIndex={-1} role="alert">
      <Heading>{title}</Heading>
      <p>{body}</p>
      <button
        type="button"
        className="button"
        aria-disabled={reloading || undefined}
        onClick={() => {
          if (!reloading) onReload();
        }}
      >
        {reloading ? reloadingLabel : reloadLabel}
      </button>
    </div>
  );
}
