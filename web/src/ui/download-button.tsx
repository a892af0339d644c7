import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "./query-error.tsx";
import { StatusMessage } from "./status.tsx";
import { BusyButton } from "./submit-button.tsx";

type State =
  | { step: "idle" }
  | { step: "pending" }
  | { step: "done"; fileName: string }
  | { step: "failed"; error: unknown };

/**
 * A button that fetches a file the API gives only with the person's token and saves it
 * (`save` resolves to the saved file's name). While the file is prepared the button
 * stays focusable and a status says so; then a status names the file, or an alert
 * says why it failed. The page's other content is untouched either way.
 */
export function DownloadButton({
  children,
  save,
  preparing,
  done,
  failed,
  variant = "secondary",
}: {
  /** The button's name. */
  children: ReactNode;
  save: () => Promise<string>;
  preparing: string;
  done: (fileName: string) => string;
  failed: string;
  variant?: "primary" | "secondary";
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: "idle" });
  const pending = state.step === "pending";

  const download = async () => {
    if (pending) return;
    setState({ step: "pending" });
    try {
      setState({ step: "done", fileName: await save() });
    } catch (error) {
      setState({ step: "failed", error });
    }
  };

  return (
    <div className="download">
      <BusyButton variant={variant} busy={pending} onClick={() => void download()}>
        {children}
      </BusyButton>
      <StatusMessage tone={pending ? "info" : "success"}>
        {pending ? preparing : state.step === "done" ? done(state.fileName) : undefined}
      </StatusMessage>
      {state.step === "failed" && (
        <div className="notice notice--error" role="alert">
          <p>
            {failed} {describeRequestError(state.error, t)}
          </p>
        </div>
      )}
    </div>
  );
}
