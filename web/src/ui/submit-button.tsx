import type { ButtonHTMLAttributes, ReactNode, Ref } from "react";

type Variant = "primary" | "secondary" | "danger";

const CLASSES: Record<Variant, string> = {
  primary: "button",
  secondary: "button button--secondary",
  danger: "button button--danger",
};

/**
 * The one button that runs something and shows it: a spinner while `busy`, and
 * `busyLabel` (if given) shown and announced. It stays focusable while blocked
 * (aria-disabled, not disabled, so a keyboard user's focus is not lost) and
 * ignores clicks and submits meanwhile.
 */
export function BusyButton({
  busy,
  blocked = busy,
  busyLabel,
  variant = "primary",
  type = "button",
  children,
  onClick,
  ...button
}: {
  busy: boolean;
  /** Ignores clicks without a spinner: another action of the same form runs. */
  blocked?: boolean;
  busyLabel?: string;
  variant?: Variant;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className" | "disabled">) {
  return (
    <>
      <button
        type={type}
        className={CLASSES[variant]}
        aria-disabled={blocked || undefined}
        aria-busy={busy || undefined}
        onClick={(event) => {
          if (blocked) return event.preventDefault();
          onClick?.(event);
        }}
        {...button}
      >
        {busy && <span className="spinner" aria-hidden="true" />}
        {busy && busyLabel ? busyLabel : children}
      </button>
      {busyLabel !== undefined && (
        <span role="status" className="visually-hidden">
          {busy ? busyLabel : ""}
        </span>
      )}
    </>
  );
}

/** A form's submit button, in its own row of actions. */
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
      <BusyButton type="submit" busy={pending} busyLabel={pendingLabel}>
        {children}
      </BusyButton>
    </div>
  );
}
