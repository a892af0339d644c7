import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useSignOut } from "../auth/index.ts";
import { useDeleteAccount } from "./account-actions.ts";

const CHECKBOX_ID = "delete-account-understood";

/**
 * Account deletion behind an inline confirmation: a first button reveals it, a box
 * must be ticked, and only then does the second button delete. Focus follows: to the
 * confirmation when it opens, back to the first button when it is cancelled.
 */
export function DeleteAccount() {
  const { t } = useTranslation();
  const remove = useDeleteAccount();
  const { signOut } = useSignOut("accountDeleted");
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // Set by the buttons, so that focus moves only when the person opened or cancelled.
  const moveFocus = useRef(false);
  // Deleted: the button keeps saying so while the device signs out and leaves the page.
  const busy = remove.isPending || remove.isSuccess;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (open ? confirmHeading : openButton).current?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
    setUnderstood(false);
    setUnconfirmed(false);
    remove.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!understood) {
      setUnconfirmed(true);
      document.getElementById(CHECKBOX_ID)?.focus();
      return;
    }
    remove.mutate(undefined, { onSuccess: () => void signOut() });
  };

  return (
    <section aria-labelledby="delete-account-title" className="delete-account">
      <h3 id="delete-account-title">{t("account.delete.title")}</h3>
      <p>{t("account.delete.what")}</p>
      <p>{t("account.delete.certificates")}</p>
      <p>
        <strong>{t("account.delete.final")}</strong>
      </p>
      {!open ? (
        <div className="actions">
          <button
            ref={openButton}
            type="button"
            className="button button--danger"
            onClick={() => toggle(true)}
          >
            {t("account.delete.open")}
          </button>
        </div>
      ) : (
        <form
          noValidate
          className="delete-account__confirm"
          aria-labelledby="delete-account-confirm"
          onSubmit={submit}
        >
          <h4 id="delete-account-confirm" ref={confirmHeading} tabIndex={-1}>
            {t("account.delete.confirmTitle")}
          </h4>
          <p>{t("account.delete.confirmIntro")}</p>
          <div className={unconfirmed ? "field field--error" : "field"}>
            {unconfirmed && (
              <p id={`${CHECKBOX_ID}-error`} className="field__error">
                <span className="visually-hidden">{t("form.errorPrefix")} </span>
                {t("account.delete.mustUnderstand")}
              </p>
            )}
            <div className="confirm-check">
              <input
                type="checkbox"
                id={CHECKBOX_ID}
                checked={understood}
                aria-invalid={unconfirmed || undefined}
                aria-describedby={unconfirmed ? `${CHECKBOX_ID}-error` : undefined}
                onChange={(event) => {
                  setUnderstood(event.target.checked);
                  if (event.target.checked) setUnconfirmed(false);
                }}
              />
              <label htmlFor={CHECKBOX_ID}>{t("account.delete.understand")}</label>
            </div>
          </div>
          {remove.isError && (
            <div className="notice notice--error" role="alert">
              <p>
                {t("account.delete.failed")} {describeRequestError(remove.error, t)}
              </p>
            </div>
          )}
          <div className="actions actions--row">
            <BusyButton
              type="submit"
              variant="danger"
              busy={busy}
              busyLabel={t("account.delete.pending")}
            >
              {t("account.delete.confirm")}
            </BusyButton>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) toggle(false);
              }}
            >
              {t("account.delete.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
