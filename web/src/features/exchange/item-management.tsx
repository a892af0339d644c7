import type { Item } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { fieldLabelKey } from "./field-paths.ts";
import { useLabels } from "./labels.ts";
import { exchangeKeys, type Transition, useTransition } from "./queries.ts";
import { ReviewForm } from "./review-form.tsx";
import { RevisionPanel } from "./revision-panel.tsx";

type Notice = "submitted" | "archived" | "withdrawn" | "approved" | "changesRequested" | "reloaded";

const DONE: Record<Transition, Notice> = {
  submit: "submitted",
  archive: "archived",
  withdraw: "withdrawn",
};

/**
 * What the item's city contributors and administrators see on the item page: its
 * status, the changes waiting to be published, what they may do (as the API says
 * in `actions`), and the moderation log with its comments.
 */
export function ItemManagement({ item }: { item: Item }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const transition = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const { actions } = item;
  const revising = item.revision !== null;

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 412) return setConflict(true);
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
      return setProblem({
        message: t("exchange.manage.incomplete"),
        fields: error.problem.errors.map((entry) => entry.field),
      });
    }
    if (error instanceof ApiError && error.status === 409) {
      const unchanged = error.problem.code === "revision-unchanged";
      return setProblem({
        message: t(unchanged ? "exchange.revision.unchanged" : "exchange.manage.wrongState"),
        fields: [],
      });
    }
    setProblem({ message: describeRequestError(error, t), fields: [] });
  };

  const run = (action: Transition) => {
    if (transition.isPending) return;
    if (action === "archive" && !window.confirm(t("exchange.manage.archiveConfirm"))) return;
    if (action === "withdraw" && !window.confirm(t("exchange.revision.withdrawConfirm"))) return;
    setNotice(null);
    setProblem(null);
    transition.mutate(
      { itemId: item.itemId, action, version: item.version },
      { onSuccess: () => setNotice(DONE[action]), onError: fail },
    );
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: exchangeKeys.item(item.itemId) });
    setConflict(false);
    setNotice("reloaded");
  };

  const button = (action: Transition, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? "button" : "button button--secondary"}
      aria-disabled={transition.isPending || undefined}
      onClick={() => run(action)}
    >
      {label}
    </button>
  );

  return (
    <section aria-labelledby="item-manage" className="manage">
      <h2 id="item-manage">{t("exchange.manage.title")}</h2>
      <p>
        {t("exchange.manage.status", { status: t(`exchange.statuses.${item.status}`) })}{" "}
        {t(`exchange.manage.statusHelp.${item.status}`)}
      </p>
      <StatusMessage>{notice ? t(`exchange.manage.notice.${notice}`) : undefined}</StatusMessage>
      {conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("exchange.conflict.title")}
          body={t("exchange.conflict.bodyItem")}
          reloadLabel={t("exchange.conflict.reload")}
          onReload={() => void reload()}
        />
      )}
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem.message}</p>
          {problem.fields.length > 0 && (
            <ul>
              {problem.fields.map((field) => (
                <li key={field}>{t(fieldLabelKey(field))}</li>
              ))}
            </ul>
          )}
          {problem.fields.length > 0 && actions.edit && (
            <p>
              <Link to={`/exchange/items/${item.itemId}/edit`}>
                {t("exchange.manage.complete")}
              </Link>
            </p>
          )}
        </div>
      )}
      {(actions.edit || actions.submit || actions.withdrawRevision || actions.archive) && (
        <div className="actions actions--row">
          {actions.edit && (
            <Link className="button button--secondary" to={`/exchange/items/${item.itemId}/edit`}>
              {revising || item.status !== "published"
                ? t("exchange.manage.edit")
                : t("exchange.revision.propose")}
            </Link>
          )}
          {actions.submit &&
            button(
              "submit",
              revising ? t("exchange.revision.submit") : t("exchange.manage.submit"),
              true,
            )}
          {actions.withdrawRevision && button("withdraw", t("exchange.revision.withdraw"))}
          {actions.archive && button("archive", t("exchange.manage.archive"))}
          <span role="status" className="visually-hidden">
            {transition.isPending ? t("exchange.manage.working") : ""}
          </span>
        </div>
      )}
      {item.revision && <RevisionPanel item={item} revision={item.revision} />}
      {actions.review && (
        <ReviewForm
          item={item}
          onDone={(next) => setNotice(next)}
          onConflict={() => setConflict(true)}
        />
      )}
      <h3>{t("exchange.manage.log")}</h3>
      {item.moderation && item.moderation.length > 0 ? (
        <ol className="log">
          {item.moderation.map((event) => (
            <li key={`${event.at}-${event.action}`}>
              <p>
                {t(`exchange.manage.events.${event.action}`, {
                  name: event.byName,
                  date: labels.date(event.at),
                })}
              </p>
              {event.comment && <blockquote>{event.comment}</blockquote>}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("exchange.manage.noLog")}</p>
      )}
    </section>
  );
}
