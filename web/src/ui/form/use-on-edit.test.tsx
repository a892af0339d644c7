// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { type UseFormReturn, useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useOnEdit } from "./use-on-edit.ts";

afterEach(cleanup);

type Form = UseFormReturn<{ title: string }>;

function Editor({ onEdit, hand }: { onEdit: () => void; hand: (form: Form) => void }) {
  const form = useForm({ defaultValues: { title: "Draft" } });
  useOnEdit(form, onEdit);
  hand(form);
  return <input {...form.register("title")} aria-label="Title" />;
}

describe("useOnEdit", () => {
  it("runs when a field changes, not when the form is reset to a saved version", () => {
    const onEdit = vi.fn();
    let form: Form | undefined;
    render(<Editor onEdit={onEdit} hand={(given) => (form = given)} />);
    act(() => form?.reset({ title: "Saved" }));
    expect(onEdit).not.toHaveBeenCalled();
    act(() => form?.setValue("title", "Typed"));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});
