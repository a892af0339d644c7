import type { ReactNode } from "react";

/**
 * Stays focusable while pending (aria-disabled, not disabled, so focus is not lost);
 * the form ignores submits meanwhile. The pending label is shown and announced.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="actions">
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending && <span className="spinner" aria-hidden="true" />}
        {pending ? pendingLabel : children}
      </button>
      <span role="status" className="visually-hidden">
        {pending ? pendingLabel : ""}
      </span>
    </div>
  );
}
