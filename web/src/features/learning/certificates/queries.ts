import type { CertificateVerification } from "@alliance/core/web";
import { queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../../api/client.ts";

/** Cache keys of public certificate verification. */
export const certificateKeys = {
  all: ["certificates"] as const,
  verification: (code: string) => [...certificateKeys.all, "verification", code] as const,
};

export const certificateQueries = {
  /** What a certificate states, or that it was revoked; public, no sign-in needed. */
  verification: (code: string) =>
    queryOptions({
      queryKey: certificateKeys.verification(code),
      queryFn: async ({ signal }): Promise<CertificateVerification> =>
        readJson(
          await api.api.certificates[":code"].$get({ param: { code } }, { init: { signal } }),
        ),
    }),
};
