import { useMutation } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { saveFile } from "../../ui/save-file.ts";
import { learningRecordFileName, learningRecordText } from "./learning-record-file.ts";

/** Fetches the whole learning record and saves it as a dated JSON file; gives its name. */
export async function downloadLearningRecord(): Promise<string> {
  const record = await readJson(await api.api.me["learning-record"].$get());
  const fileName = learningRecordFileName(new Date());
  saveFile(new Blob([learningRecordText(record)], { type: "application/json" }), fileName);
  return fileName;
}

/**
 * Deletes the account for good (204). The caller then signs out: the sign-in no
 * longer exists on the server, so nothing cached may outlive it on this device.
 */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: async (): Promise<void> => {
      const response = await api.api.me.$delete();
      if (!response.ok) await readJson(response as unknown as Response);
    },
  });
}
