import type { SchemaForm } from "../../../ui/form/index.ts";
import type { ItemFormValues } from "../item-form-values.ts";

/** The item form's state, as each group of its fields takes it. */
export type ItemForm = SchemaForm<ItemFormValues>;
