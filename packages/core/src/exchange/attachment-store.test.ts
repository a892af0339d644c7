import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";
import { dataFaultToVisibleError } from "../data/errors.ts";
import { createS3Client } from "../data/s3-client.ts";
import { SEARCH_SNAPSHOT_KEY } from "../schema/attachments-bucket.ts";
import { contentDisposition } from "./attachment-access.ts";
import { createAttachmentStore } from "./attachment-store.ts";

const keys = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };
const local = createS3Client({ region: "eu-west-1", s3Endpoint: "http://127.0.0.1:4569" }, keys);
const store = createAttachmentStore(local, "attachments");

describe("presigned attachment URLs", () => {
  it("sign the upload's type and length, and carry no checksum of an empty body", async () => {
    const upload = await store.uploadUrl(
      "uploads/exchange/xch_1/att_1",
      { contentType: "text/csv", size: 42 },
      900,
    );
    const url = new URL(upload.url);
    expect(url.pathname).toBe("/attachments/uploads/exchange/xch_1/att_1");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(url.searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;content-type;host");
    expect([...url.searchParams.keys()].filter((key) => /checksum/i.test(key))).toEqual([]);
    expect(upload.headers).toEqual({ "Content-Type": "text/csv" });
  });

  it("are never signed for the server's own objects, such as the search snapshot", async () => {
    const file = { contentType: "application/gzip", contentDisposition: "attachment" };
    await expect(store.downloadUrl(SEARCH_SNAPSHOT_KEY, file, 300)).rejects.toThrow(
      /Not an attachment key/,
    );
    await expect(
      store.uploadUrl(SEARCH_SNAPSHOT_KEY, { contentType: "application/gzip", size: 1 }, 300),
    ).rejects.toThrow(/Not an attachment key/);
    await expect(store.copy("uploads/x", SEARCH_SNAPSHOT_KEY)).rejects.toThrow(
      /Not an attachment key/,
    );
  });

  it("name the download's type and disposition", async () => {
    const disposition = contentDisposition("Rapport d'été (v2).pdf");
    const url = new URL(
      await store.downloadUrl(
        "exchange/xch_1/att_1",
        { contentType: "application/pdf", contentDisposition: disposition },
        300,
      ),
    );
    expect(url.searchParams.get("X-Amz-Expires")).toBe("300");
    expect(url.searchParams.get("response-content-type")).toBe("application/pdf");
    expect(url.searchParams.get("response-content-disposition")).toBe(disposition);
  });
});

describe("the download name", () => {
  it("has an ASCII fallback and the exact name in RFC 5987 form", () => {
    expect(contentDisposition("Rapport d'été (v2).pdf")).toBe(
      "attachment; filename=\"Rapport d'_t_ (v2).pdf\"; filename*=UTF-8''Rapport%20d%27%C3%A9t%C3%A9%20%28v2%29.pdf",
    );
  });

  it("cannot break out of the quoted fallback", () => {
    expect(contentDisposition('a"b\\c%.txt')).toBe(
      "attachment; filename=\"a_b_c_.txt\"; filename*=UTF-8''a%22b%5Cc%25.txt",
    );
  });
});

describe("when S3 throttles", () => {
  it("a throttled S3 call reaches the caller as 503 service-busy, never as a 500", async () => {
    const client = new S3Client({ region: "eu-west-1" });
    const mock = mockClient(client);
    mock.on(HeadObjectCommand).callsFake(() =>
      Promise.reject(
        Object.assign(new Error("Please reduce your request rate."), {
          name: "SlowDown",
          $metadata: { httpStatusCode: 503 },
        }),
      ),
    );
    const error = await createAttachmentStore(client, "attachments")
      .size("exchange/xch_1/att_1")
      .catch((caught: unknown) => caught);
    expect(dataFaultToVisibleError(error)).toMatchObject({ status: 503, code: "service-busy" });
  });
});
