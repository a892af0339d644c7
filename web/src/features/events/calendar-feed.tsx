import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { eventQueries, useCalendarFeed } from "./queries.ts";

/**
 * The person's private calendar feed (decision 0056): its address is shown once, when
 * made (the API keeps only its hash), with a copy button; a new one replaces it; revoke.
 */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const feed = useQuery(eventQueries.feed());
  const step = useCalendarFeed();
  const [said, setSaid] = useState<string | undefined>();
  const url = step.data?.url ?? null;
  const run = (action: "create" | "revoke") => {
    if (step.isPending) return;
    setSaid(undefined);
    step.mutate(action, {
      onSuccess: () => {
        if (action === "revoke") setSaid(t("events.feed.revoked"));
      },
    });
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setSaid(t("events.feed.copied"));
    } catch {
      setSaid(t("events.feed.copyFailed"));
    }
  };
  const since = feed.data?.createdAt
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
        dateStyle: "long",
      }).format(new Date(feed.data.createdAt))
    : "";

  return (
    <section aria-labelledby="feed-title" className="manage">
      <h2 id="feed-title">{t("events.feed.title")}</h2>
      <p>{t("events.feed.intro")}</p>
      {!feed.data ? (
        <QueryFallback query={feed} label={t("events.feed.loading")} />
      ) : (
        <>
          {url ? (
            <>
              <TextField
                id="feed-url"
                label={t("events.feed.url")}
                value={url}
                readOnly
                spellCheck="false"
                onFocus={(focus) => focus.target.select()}
              />
              <div className="actions">
                <button type="button" className="button" onClick={() => void copy()}>
                  {t("events.feed.copy")}
                </button>
              </div>
            </>
          ) : (
            <p>
              {feed.data.active ? t("events.feed.active", { date: since }) : t("events.feed.none")}
            </p>
          )}
          <div className="actions actions--row">
            <BusyButton
              variant={feed.data.active ? "secondary" : "primary"}
              busy={step.isPending && step.variables === "create"}
              blocked={step.isPending}
              busyLabel={t("events.feed.creating")}
              onClick={() => run("create")}
            >
              {feed.data.active ? t("events.feed.replace") : t("events.feed.create")}
            </BusyButton>
            {feed.data.active && (
              <BusyButton
                variant="danger"
                busy={step.isPending && step.variables === "revoke"}
                blocked={step.isPending}
                busyLabel={t("events.feed.revoking")}
                onClick={() => run("revoke")}
              >
                {t("events.feed.revoke")}
              </BusyButton>
            )}
          </div>
          <StatusMessage>{said}</StatusMessage>
          {step.isError && (
            <div className="notice notice--error" role="alert">
              <p>{describeRequestError(step.error, t)}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => step.variables && run(step.variables)}
              >
                {t("actions.retry")}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
