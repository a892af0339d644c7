import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "../../../ui/status.tsx";
import { CitedItem } from "./cited-item.tsx";
import { useCitationSearch } from "./use-citation-search.ts";

const MAX_CITATIONS = 20;

/**
 * The exchange items a lesson points to. People see titles, never ids: cited
 * items are looked up by id, new ones are found by a keyword search.
 */
export function CitationsPicker({
  id,
  citations,
  error,
  onChange,
}: {
  id: string;
  citations: string[];
  error?: string | undefined;
  onChange: (citations: string[]) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const search = useCitationSearch();
  const full = citations.length >= MAX_CITATIONS;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches here; it must not submit the lesson's form.
    if (event.key !== "Enter") return;
    event.preventDefault();
    search.run(typed);
  };

  return (
    <fieldset
      className={error ? "field field--error group" : "field group"}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
    >
      <legend>{t("authoring.citations.title")}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t("authoring.citations.hint")}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {citations.length === 0 ? (
        <p>{t("authoring.citations.none")}</p>
      ) : (
        <ul className="links">
          {citations.map((itemId, index) => (
            <CitedItem
              key={itemId}
              itemId={itemId}
              number={index + 1}
              onRemove={() => onChange(citations.filter((each) => each !== itemId))}
            />
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={id}>{t("authoring.citations.search")}</label>
        <div className="keyword-form__row">
          <input
            id={id}
            type="search"
            value={typed}
            onKeyDown={onKeyDown}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => search.run(typed)}
          >
            {t("authoring.citations.find")}
          </button>
        </div>
      </div>
      <StatusMessage tone="info">
        {search.status === "searching"
          ? t("authoring.citations.searching")
          : search.status === "done"
            ? t("authoring.citations.found", { count: search.results.length })
            : search.status === "failed"
              ? t("authoring.citations.failed")
              : undefined}
      </StatusMessage>
      {search.results.length > 0 && (
        <ul className="links" aria-label={t("authoring.citations.results")}>
          {search.results.map((item) => {
            const cited = citations.includes(item.itemId);
            return (
              <li key={item.itemId}>
                {item.title} <span className="card__meta">({item.cityName})</span>{" "}
                {cited ? (
                  <span className="card__meta">{t("authoring.citations.cited")}</span>
                ) : (
                  <button
                    type="button"
                    className="link-button link-button--inline"
                    aria-disabled={full || undefined}
                    onClick={() => !full && onChange([...citations, item.itemId])}
                  >
                    {t("authoring.citations.cite", { title: item.title })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
