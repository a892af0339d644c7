import type { Item } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConflictNotice } from "../../../ui/conflict-notice.tsx";
import { FormErrors } from "../../../ui/form/index.ts";
import { StatusMessage } from "../../../ui/status.tsx";
import { AttachmentsEditor } from "../attachments-editor.tsx";
import { editableOf } from "../editable-item.ts";
import { TranslationsEditor } from "../translations-editor.tsx";
import { AudienceFields } from "./audience-fields.tsx";
import { BasicsFields } from "./basics-fields.tsx";
import { ContactFields } from "./contact-fields.tsx";
import { ItemFormActions } from "./item-form-actions.tsx";
import { LinksFields } from "./links-fields.tsx";
import { PracticeFields } from "./practice-fields.tsx";
import { SharingFields } from "./sharing-fields.tsx";
import { useItemEditor } from "./use-item-editor.ts";

/** The item form: its groups of fields, in the order a city describes its work. */
export function ItemForm({ initial }: { initial: Item | null }) {
  const { t } = useTranslation();
  const editor = useItemEditor(initial);
  const { form, base } = editor;
  const published = base?.status === "published";

  return (
    <>
      {base && (
        <p>
          {t("exchange.manage.status", { status: t(`exchange.statuses.${base.status}`) })}{" "}
          <Link to={`/exchange/items/${base.itemId}`}>{t("exchange.form.view")}</Link>
        </p>
      )}
      <p>{published ? t("exchange.form.introPublished") : t("exchange.form.intro")}</p>
      <StatusMessage tone={editor.waitingForNetwork ? "info" : "success"}>
        {editor.waitingForNetwork
          ? t("exchange.form.offline")
          : editor.notice
            ? t(`exchange.form.notice.${editor.notice}`)
            : undefined}
      </StatusMessage>
      {form.conflict && (
        <ConflictNotice
          title={t("exchange.conflict.title")}
          body={t("exchange.conflict.bodyForm")}
          reloadLabel={t("exchange.conflict.reload")}
          reloadingLabel={t("exchange.conflict.reloading")}
          reloading={form.reloading}
          onReload={editor.reloadLatest}
        />
      )}
      <FormErrors form={form} />
      <form noValidate className="form form--wide" onSubmit={(event) => void editor.submit(event)}>
        <BasicsFields form={form} />
        <AudienceFields form={form} />
        <PracticeFields form={form} />
        <ContactFields form={form} />
        <LinksFields form={form} />
        {!base ? (
          <p className="field__hint">{t("exchange.attachments.saveFirst")}</p>
        ) : (
          base.actions.addFiles && (
            <AttachmentsEditor item={editableOf(base)} onChange={editor.adoptAttachments} />
          )
        )}
        <SharingFields form={form} />
        <ItemFormActions base={base} pending={editor.pending} />
      </form>
      {base?.actions.translate && (
        <TranslationsEditor
          item={base}
          onChange={editor.adoptTranslations}
          onReload={editor.reloadLatest}
        />
      )}
    </>
  );
}
