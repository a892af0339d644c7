import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormCheckboxField, FormErrors, useSchemaForm } from "../../ui/form/index.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useSignOut } from "../auth/index.ts";
import { useDeleteAccount } from "./account-actions.ts";

/** The API takes no body to delete an account: the confirmation is the browser's to ask. */
const confirmationSchema = z.object({ understood: z.literal(true) });
const MUST_UNDERSTAND = { key: "account.delete.mustUnderstand" };

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
  const form = useSchemaForm(
    confirmationSchema,
    { understood: false },
    { idOf: () => "delete-account-understood", messageOf: () => MUST_UNDERSTAND },
  );
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // Set by the buttons, so that focus moves only when the person opened or cancelled.
  const moveFocus = useRef(false);
  // Deleted: the button keeps saying so while the device signs out and leaves the page.
  const busy = form.formState.isSubmitting || remove.isSuccess;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (open ? confirmHeading : openButton).current?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
    form.reset();
    remove.reset();
  };

  const submit = form.onSubmit(
    async () => {
      if (remove.isSuccess) return;
      await remove.mutateAsync();
      void signOut();
    },
    { describe: (error) => `${t("account.delete.failed")} ${describeRequestError(error, t)}` },
  );

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
          onSubmit={(event) => void submit(event)}
        >
          <h4 id="delete-account-confirm" ref={confirmHeading} tabIndex={-1}>
            {t("account.delete.confirmTitle")}
          </h4>
          <p>{t("account.delete.confirmIntro")}</p>
          <FormErrors form={form} />
          <FormCheckboxField form={form} name="understood" label={t("account.delete.understand")} />
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
