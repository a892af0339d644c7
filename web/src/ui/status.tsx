import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "./query-error.tsx";

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

/**
 * Visible progress for content that is loading. `paused` means TanStack Query is
 * waiting for the device to come back online: say so rather than spin forever.
 */
export function Loading({ label, paused = false }: { label: string; paused?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {!paused && <span className="spinner" aria-hidden="true" />}
      {paused ? t("errors.offline") : label}
    </p>
  );
}

/**
 * What stands in for a query's data until it arrives: why it failed, with a
 * way on, or that it is loading (`label`).
 */
export function QueryFallback({
  query,
  label,
  wayOn,
}: {
  query: Pick<UseQueryResult, "isError" | "error" | "refetch" | "fetchStatus">;
  label: string;
  /** Where to go when another try cannot help (see QueryError). */
  wayOn?: { to: string; label: string };
}) {
  return query.isError ? (
    <QueryError error={query.error} onRetry={() => void query.refetch()} wayOn={wayOn} />
  ) : (
    <Loading label={label} paused={query.fetchStatus === "paused"} />
  );
}
