import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../ui/submit-button.tsx";
import type { ItemEditor } from "./use-item-editor.ts";

/** Save (a draft, or the pending changes) and, when it may, submit for review. */
export function ItemFormActions({ base, pending }: Pick<ItemEditor, "base" | "pending">) {
  const { t } = useTranslation();
  const published = base?.status === "published";
  // What the API allows now, or, for a published item without pending changes, what
  // it will allow once this save has started them (a revision starts as a draft).
  const canSubmit = !base || base.actions.submit || (published && base.revision === null);
  return (
    <div className="actions actions--row">
      <BusyButton
        type="submit"
        name="action"
        value="save"
        variant={canSubmit ? "secondary" : "primary"}
        busy={pending === "save"}
        blocked={pending !== null}
      >
        {pending === "save" ? t("exchange.form.saving") : saveLabel(t, canSubmit, published)}
      </BusyButton>
      {canSubmit && (
        <BusyButton
          type="submit"
          name="action"
          value="submit"
          busy={pending === "submit"}
          blocked={pending !== null}
        >
          {pending === "submit"
            ? t("exchange.form.submitting")
            : published
              ? t("exchange.revision.submit")
              : t("exchange.form.submit")}
        </BusyButton>
      )}
      <span role="status" className="visually-hidden">
        {pending === "save"
          ? t("exchange.form.saving")
          : pending === "submit"
            ? t("exchange.form.submitting")
            : ""}
      </span>
    </div>
  );
}

function saveLabel(t: (key: string) => string, canSubmit: boolean, published: boolean) {
  return canSubmit && !published ? t("exchange.form.saveDraft") : t("exchange.form.save");
}
