// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "../../api/client.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { ConflictNotice } from "../conflict-notice.tsx";
import { SubmitButton } from "../submit-button.tsx";
import { FormErrors, FormTextField, useSchemaForm } from "./index.ts";

const schema = z.object({
  name: z.string().trim().min(2).max(20),
  email: z.email().max(40),
});

const refusal = (status: number, errors: { field: string; message: string }[] = []) =>
  new ApiError({
    type: "about:blank",
    title: "",
    status,
    detail: "",
    code: status === 412 ? "version-mismatch" : "validation-failed",
    instance: "",
    errors,
  });

/** A small form of the kit; `save` answers like the API would. */
function Sample({ save }: { save: (values: z.infer<typeof schema>) => Promise<void> }) {
  const form = useSchemaForm(schema, { name: "", email: "" });
  return (
    <>
      {form.conflict && (
        <ConflictNotice
          title="Changed elsewhere"
          body=""
          reloadLabel="Reload"
          onReload={() => {}}
        />
      )}
      <FormErrors form={form} />
      <form noValidate onSubmit={form.onSubmit(save)}>
        <FormTextField form={form} name="name" label="Name" />
        <FormTextField form={form} name="email" label="Email" />
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel="Saving">
          Save
        </SubmitButton>
      </form>
    </>
  );
}

describe("a form of the kit", () => {
  it("takes its limits from the schema", () => {
    renderWithApp(<Sample save={async () => {}} />);
    const name = screen.getByLabelText("Name");
    expect(name.getAttribute("maxlength")).toBe("20");
    expect(name.hasAttribute("required")).toBe(true);
    expect(screen.getByLabelText("Email").getAttribute("maxlength")).toBe("40");
  });

  it("shows a field's error beside it and in the summary, and puts focus on it", async () => {
    const { user } = renderWithApp(<Sample save={async () => {}} />);
    await user.type(screen.getByLabelText("Name"), "Ada");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const email = screen.getByLabelText("Email");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    const described = email.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(described)?.textContent).toContain("Check this field.");
    expect(screen.getByRole("alert").textContent).toContain("Check this field.");
    expect(document.activeElement).toBe(email);
    expect(screen.getByLabelText("Name").getAttribute("aria-invalid")).toBeNull();
  });

  it("shows on its fields what the API refused (400), keeping what was typed", async () => {
    const save = async () => {
      throw refusal(400, [{ field: "email", message: "Taken" }]);
    };
    const { user } = renderWithApp(<Sample save={save} />);
    await user.type(screen.getByLabelText("Name"), "Ada");
    await user.type(screen.getByLabelText("Email"), "ada@example.org");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const email = screen.getByLabelText("Email") as HTMLInputElement;
    await screen.findByText("The platform did not accept this value. Check it and try again.", {
      selector: ".field__error",
      exact: false,
    });
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.value).toBe("ada@example.org");
    expect(document.activeElement).toBe(email);
  });

  it("keeps what was typed on a stale edit (412) and offers to reload", async () => {
    const save = async () => {
      throw refusal(412);
    };
    const { user } = renderWithApp(<Sample save={save} />);
    await user.type(screen.getByLabelText("Name"), "Ada");
    await user.type(screen.getByLabelText("Email"), "ada@example.org");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByRole("button", { name: "Reload" });
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Ada");
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("ada@example.org");
  });
});
