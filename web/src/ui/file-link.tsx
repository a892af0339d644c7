import { type MouseEvent, type ReactNode, useState } from "react";
import { readJson } from "../api/client.ts";

/**
 * A link to a file the API serves only with the person's token, which a plain
 * browser link does not carry. On a click, `requestLink` asks the API for the
 * file's short-lived address (`?as=link`), which is then followed; `href` stays
 * a real address that the API redirects, followed as is when `tokenless`
 * (e.g. signed out). If no address comes back, `failedText` says so.
 */
export function FileLink({
  href,
  download,
  requestLink,
  tokenless = false,
  failedText,
  children,
}: {
  href: string;
  download: string | undefined;
  requestLink: () => Promise<Response>;
  tokenless?: boolean;
  failedText: string;
  children: ReactNode;
}) {
  const [failed, setFailed] = useState(false);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (tokenless) return;
    event.preventDefault();
    setFailed(false);
    requestLink()
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
      <a href={href} download={download} onClick={onClick}>
        {children}
      </a>
      {failed && (
        <span role="alert" className="field__error">
          {" "}
          {failedText}
        </span>
      )}
    </>
  );
}
