import { describe, expect, it } from "vitest";
import { handshakeMessages, playerEvent, videoEmbed, videoProvider } from "./video-embed.ts";

const SITE = "https://academy.example.eu";
const YT = `https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1&origin=${encodeURIComponent(SITE)}`;

describe("videoEmbed", () => {
  it.each([
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?si=abc",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0",
    "https://youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    "https://www.youtube.com/live/dQw4w9WgXcQ",
  ])("plays %s from youtube-nocookie with the API on", (link) => {
    expect(videoEmbed(link, SITE)).toEqual({
      provider: "youtube",
      src: YT,
      origin: "https://www.youtube-nocookie.com",
    });
  });

  it.each([
    ["https://vimeo.com/76979871", "76979871"],
    ["https://www.vimeo.com/76979871", "76979871"],
    ["https://vimeo.com/channels/staffpicks/76979871", "76979871"],
    ["https://vimeo.com/groups/shortfilms/videos/76979871", "76979871"],
    ["https://player.vimeo.com/video/76979871", "76979871"],
    ["https://player.vimeo.com/video/76979871?autoplay=1", "76979871"],
    ["https://vimeo.com/76979871/8272103f6e", "76979871&h=8272103f6e"],
    ["https://player.vimeo.com/video/76979871?h=8272103f6e", "76979871&h=8272103f6e"],
  ])("plays %s from player.vimeo.com with the API on", (link, tail) => {
    const [id, hash = ""] = tail.split("&");
    expect(videoEmbed(link, SITE)).toEqual({
      provider: "vimeo",
      src: `https://player.vimeo.com/video/${id}?api=1${hash ? `&${hash}` : ""}`,
      origin: "https://player.vimeo.com",
    });
  });

  it.each([
    "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/watch",
    "https://www.youtube.com/channel/UC123",
    "https://www.youtube.com/embed/dQw4w9WgXcQ/../x",
    "https://youtu.be/",
    "https://evil.example/watch?v=dQw4w9WgXcQ",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://vimeo.com/about",
    "https://vimeo.com/76979871/not-a-hash!",
    "https://player.vimeo.com/video/abc",
    "https://player.vimeo.com/76979871",
    "not a url",
    "",
  ])("does not embed %s", (link) => {
    expect(videoEmbed(link, SITE)).toBeNull();
    expect(videoProvider(link)).toBeNull();
  });

  it("names the host of a playable link", () => {
    expect(videoProvider("https://youtu.be/dQw4w9WgXcQ")).toBe("youtube");
    expect(videoProvider("https://vimeo.com/76979871")).toBe("vimeo");
  });

  it("drops an unreadable Vimeo key rather than passing it on", () => {
    expect(videoEmbed("https://player.vimeo.com/video/1?h=%22x%22", SITE)?.src).toBe(
      "https://player.vimeo.com/video/1?api=1",
    );
  });
});

describe("playerEvent", () => {
  const youtube = "https://www.youtube-nocookie.com";
  const vimeo = "https://player.vimeo.com";

  it("reads the end of a YouTube video in both of its shapes", () => {
    expect(playerEvent("youtube", youtube, '{"event":"onStateChange","info":0}')).toBe("ended");
    expect(
      playerEvent("youtube", youtube, '{"event":"infoDelivery","info":{"playerState":0}}'),
    ).toBe("ended");
  });

  it("tells other YouTube states and the player's first words apart from the end", () => {
    expect(playerEvent("youtube", youtube, '{"event":"onStateChange","info":1}')).toBe("other");
    expect(
      playerEvent("youtube", youtube, '{"event":"infoDelivery","info":{"playerState":2}}'),
    ).toBe("other");
    expect(
      playerEvent("youtube", youtube, '{"event":"infoDelivery","info":{"currentTime":0}}'),
    ).toBe("other");
    expect(playerEvent("youtube", youtube, '{"event":"onReady","info":null}')).toBe("ready");
    expect(playerEvent("youtube", youtube, '{"event":"initialDelivery","info":{}}')).toBe("ready");
  });

  it("reads Vimeo's events as strings or objects", () => {
    expect(playerEvent("vimeo", vimeo, '{"event":"ended","data":{"seconds":10}}')).toBe("ended");
    expect(playerEvent("vimeo", vimeo, { event: "ended" })).toBe("ended");
    expect(playerEvent("vimeo", vimeo, { event: "ready", player_id: "x" })).toBe("ready");
    expect(playerEvent("vimeo", vimeo, { event: "timeupdate" })).toBe("other");
  });

  it("ignores messages from any other origin, even the other player's", () => {
    const ended = '{"event":"onStateChange","info":0}';
    expect(playerEvent("youtube", "https://www.youtube.com", ended)).toBeNull();
    expect(playerEvent("youtube", "https://evil.example", ended)).toBeNull();
    expect(playerEvent("youtube", vimeo, ended)).toBeNull();
    expect(playerEvent("vimeo", youtube, { event: "ended" })).toBeNull();
    expect(playerEvent("vimeo", "http://player.vimeo.com", { event: "ended" })).toBeNull();
  });

  it.each([
    "{not json",
    "ended",
    "0",
    "null",
    "[]",
    '{"info":0}',
    '{"event":0}',
    42,
    null,
    undefined,
    ["ended"],
  ])("ignores the malformed message %j", (data) => {
    expect(playerEvent("youtube", youtube, data)).toBeNull();
    expect(playerEvent("vimeo", vimeo, data)).toBeNull();
  });
});

describe("handshakeMessages", () => {
  it("announces a listener to YouTube and asks Vimeo for its end event", () => {
    const [listening] = handshakeMessages("youtube", "lesson-1");
    expect(JSON.parse(listening ?? "")).toMatchObject({ event: "listening", id: "lesson-1" });
    expect(handshakeMessages("vimeo", "lesson-1").map((m) => JSON.parse(m))).toEqual([
      { method: "addEventListener", value: "ended" },
    ]);
  });
});
