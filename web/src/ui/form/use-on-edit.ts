import { useEffect, useRef } from "react";
import type { FieldValues, UseFormWatch } from "react-hook-form";

/**
 * Runs `onEdit` when a field changes (typed, or set by a button such as "Add an
 * objective"), never on a reset: a reset is the form taking a saved or reloaded version,
 * which may come after the save's own notice when a render falls between the save and
 * its continuation (Preact renders in a microtask, decision 0100).
 */
export function useOnEdit<Values extends FieldValues>(
  form: { watch: UseFormWatch<Values> },
  onEdit: () => void,
): void {
  const latest = useRef(onEdit);
  latest.current = onEdit;
  useEffect(() => {
    const watching = form.watch((_values, { name }) => {
      if (name !== undefined) latest.current();
    });
    return () => watching.unsubscribe();
  }, [form.watch]);
}
