import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { Page } from "../../ui/page.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useUnsubscribe } from "./queries.ts";

/**
 * `/unsubscribe/:token`, where an e-mail's link leads (no sign-in). Opening it changes
 * nothing (mail scanners open links): the button does, with the one-click POST the
 * e-mail's header names. The token decides whose choice and which kind, whoever is
 * signed in on this device (decision 0076).
 */
function UnsubscribePage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const unsubscribe = useUnsubscribe();
  const stop = () => {
    if (!unsubscribe.isPending) unsubscribe.mutate(token);
  };
  // A token of the wrong shape (400) is as unknown as one the table has not (404).
  const unknown =
    unsubscribe.error instanceof ApiError && [400, 404].includes(unsubscribe.error.status);
  const choices = (
    <p>
      <Link to="/profile#email-notifications">{t("notifications.unsubscribe.choices")}</Link>
    </p>
  );

  return (
    <Page title={t("notifications.unsubscribe.title")}>
      {unsubscribe.data ? (
        <div className="notice notice--success" role="status">
          <p>
            {t("notifications.unsubscribe.done", {
              kind: t(`notifications.preferences.kinds.${unsubscribe.data.kind}`),
            })}
          </p>
        </div>
      ) : (
        <>
          <p>{t("notifications.unsubscribe.intro")}</p>
          {!unknown && (
            <div className="actions">
              <BusyButton
                busy={unsubscribe.isPending}
                busyLabel={t("notifications.unsubscribe.stopping")}
                onClick={stop}
              >
                {t("notifications.unsubscribe.stop")}
              </BusyButton>
            </div>
          )}
        </>
      )}
      {unknown && (
        <div className="notice notice--error" role="alert">
          <p>{t("notifications.unsubscribe.unknown")}</p>
        </div>
      )}
      {unsubscribe.isError && !unknown && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(unsubscribe.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={stop}>
            {t("actions.retry")}
          </button>
        </div>
      )}
      {(unsubscribe.data || unknown) && choices}
    </Page>
  );
}

export { UnsubscribePage as Component };
