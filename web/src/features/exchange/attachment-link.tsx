import type { MouseEvent } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../api/client.ts";

/**
 * A file of an item. Signed out, a plain link (the API redirects to the file).
 * Signed in, the link is fetched with the member's token first, because a
 * browser link carries none and members-only files would answer 404.
 */
export function AttachmentLink({
  itemId,
  attachmentId,
  fileName,
  signedIn,
}: {
  itemId: string;
  attachmentId: string;
  fileName: string;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const href = `/api/exchange/items/${itemId}/attachments/${attachmentId}`;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!signedIn) return;
    event.preventDefault();
    setFailed(false);
    api.api.exchange.items[":itemId"].attachments[":attachmentId"]
      .$get({ param: { itemId, attachmentId }, query: { as: "link" } })
      .then((response) => readJson(response))
      .then((link) => {
        const url = (link as { url?: unknown } | null)?.url;
        if (typeof url === "string") window.location.assign(url);
        else setFailed(true);
      })
      .catch(() => setFailed(true));
  };

  return (
    <>
      <a href={href} download={fileName} onClick={onClick}>
        {fileName}
      </a>
      {failed && (
        <span role="alert" className="field__error">
          {" "}
          {t("exchange.item.downloadFailed")}
        </span>
      )}
    </>
  );
}
