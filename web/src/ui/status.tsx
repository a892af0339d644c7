import type { ReactNode } from "react";

/**
 * A polite live region that exists before its message does, so that a message
 * appearing later is announced. Renders as a notice box only while it has text.
 */
export function StatusMessage({
  children,
  tone = "success",
}: {
  children?: ReactNode;
  tone?: "success" | "info";
}) {
  return (
    <div role="status" className={children ? `notice notice--${tone}` : undefined}>
      {children}
    </div>
  );
}

/** Visible progress for content that is loading. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
