import { get, useController } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { errorText, limitsAt } from "../../../ui/form/index.ts";
import type { ItemForm } from "./item-form-type.ts";

/** Links to more about the item: rows of a label and an address, as many as core allows. */
export function LinksFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const { field } = useController({ control: form.control, name: "links" });
  const links: { label: string; url: string }[] = field.value;
  const message = (name: string) => errorText(get(form.formState.errors, name), t);
  const most = limitsAt(form.schema, "links").max ?? Number.POSITIVE_INFINITY;
  const change = (index: number, part: "label" | "url", text: string) =>
    field.onChange(links.map((link, at) => (at === index ? { ...link, [part]: text } : link)));
  return (
    <fieldset className="field group" id="links" ref={field.ref} tabIndex={-1}>
      <legend>{t("exchange.fields.links")}</legend>
      <p className="field__hint">{t("exchange.form.linksHint")}</p>
      {message("links") && <p className="field__error">{message("links")}</p>}
      {links.map((link, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={index} className="link-row">
          <TextField
            id={`links-${index}-label`}
            label={t("exchange.form.linkLabel", { number: index + 1 })}
            value={link.label}
            error={message(`links.${index}.label`)}
            maxLength={limitsAt(form.schema, "links.0.label").max}
            onChange={(event) => change(index, "label", event.target.value)}
          />
          <TextField
            id={`links-${index}-url`}
            type="url"
            label={t("exchange.form.linkUrl", { number: index + 1 })}
            value={link.url}
            error={message(`links.${index}.url`)}
            maxLength={limitsAt(form.schema, "links.0.url").max}
            spellCheck="false"
            onChange={(event) => change(index, "url", event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => field.onChange(links.filter((_, at) => at !== index))}
          >
            {t("exchange.form.removeLink", { number: index + 1 })}
          </button>
        </div>
      ))}
      {links.length < most && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => field.onChange([...links, { label: "", url: "" }])}
        >
          {t("exchange.form.addLink")}
        </button>
      )}
    </fieldset>
  );
}
