/**
 * Embedding a lesson's video: the privacy-enhanced player address for a YouTube or
 * Vimeo link, and the players' postMessage protocols, reduced to what the lesson
 * page needs (the player is ready; the video reached its end).
 */
export type VideoProvider = "youtube" | "vimeo";

export interface VideoEmbed {
  provider: VideoProvider;
  /** The player's address, for the iframe. */
  src: string;
  /** The only origin whose messages are the player's. */
  origin: string;
}

/** The players' origins: only these may tell the page that a video ended. */
export const PLAYER_ORIGINS: Record<VideoProvider, string> = {
  youtube: "https://www.youtube-nocookie.com",
  vimeo: "https://player.vimeo.com",
};

const YOUTUBE_HOSTS = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
]);
const YOUTUBE_PATHS = new Set(["embed", "shorts", "live", "v"]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com"]);
const VIMEO_ID = /^\d{1,12}$/;
/** The key of an unlisted Vimeo video, which its player needs as `h`. */
const VIMEO_HASH = /^[0-9a-f]{6,20}$/i;

function youtubeId(url: URL): string | null {
  const segments = url.pathname.split("/").filter(Boolean);
  let id: string | null | undefined = null;
  if (url.hostname === "youtu.be") id = segments[0];
  else if (!YOUTUBE_HOSTS.has(url.hostname)) return null;
  else if (url.pathname === "/watch") id = url.searchParams.get("v");
  else if (YOUTUBE_PATHS.has(segments[0] ?? "")) id = segments[1];
  return id && YOUTUBE_ID.test(id) ? id : null;
}

function vimeoVideo(url: URL): { id: string; hash: string | null } | null {
  const segments = url.pathname.split("/").filter(Boolean);
  if (url.hostname === "player.vimeo.com") {
    const [video, id] = segments;
    if (video !== "video" || !id || !VIMEO_ID.test(id) || segments.length > 2) return null;
    const hash = url.searchParams.get("h");
    return { id, hash: hash && VIMEO_HASH.test(hash) ? hash : null };
  }
  if (!VIMEO_HOSTS.has(url.hostname)) return null;
  // vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, vimeo.com/groups/NAME/videos/ID
  const at = segments.findIndex((segment) => VIMEO_ID.test(segment));
  if (at < 0) return null;
  const id = segments[at] as string;
  const rest = segments.slice(at + 1);
  if (rest.length > 1) return null;
  const hash = rest[0] ?? null;
  if (hash !== null && !VIMEO_HASH.test(hash)) return null;
  return { id, hash };
}

type Video =
  | { provider: "youtube"; id: string }
  | { provider: "vimeo"; id: string; hash: string | null };

function videoOf(link: string): Video | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const youtube = youtubeId(url);
  if (youtube) return { provider: "youtube", id: youtube };
  const vimeo = vimeoVideo(url);
  return vimeo && { provider: "vimeo", ...vimeo };
}

/** The host of a lesson's video link, or null when it cannot be played on the page. */
export function videoProvider(link: string): VideoProvider | null {
  return videoOf(link)?.provider ?? null;
}

/**
 * The privacy-enhanced player for a lesson's video link, or null when the link is
 * not a video of YouTube or Vimeo. `pageOrigin` is the site's origin, which YouTube
 * needs to send its events back.
 */
export function videoEmbed(link: string, pageOrigin: string): VideoEmbed | null {
  const video = videoOf(link);
  if (!video) return null;
  const origin = PLAYER_ORIGINS[video.provider];
  if (video.provider === "youtube") {
    const query = `enablejsapi=1&origin=${encodeURIComponent(pageOrigin)}`;
    return { provider: "youtube", src: `${origin}/embed/${video.id}?${query}`, origin };
  }
  const hash = video.hash ? `&h=${video.hash}` : "";
  return { provider: "vimeo", src: `${origin}/video/${video.id}?api=1${hash}`, origin };
}

/**
 * What the page posts to the player once it has loaded, so that the player reports
 * its state: YouTube wants a listener announced; Vimeo wants the `ended` event asked for.
 */
export function handshakeMessages(provider: VideoProvider, channel: string): string[] {
  if (provider === "youtube") {
    return [
      JSON.stringify({ event: "listening", id: channel, channel: "widget" }),
      JSON.stringify({
        event: "command",
        func: "addEventListener",
        args: ["onStateChange"],
        id: channel,
        channel: "widget",
      }),
    ];
  }
  return [JSON.stringify({ method: "addEventListener", value: "ended" })];
}

/** A player's message, as the page understands it. */
export type PlayerEvent = "ready" | "ended" | "other";

function parsed(data: unknown): Record<string, unknown> | null {
  let value = data;
  if (typeof data === "string") {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** YouTube's player state 0 is "ended". */
const YOUTUBE_ENDED = 0;

/**
 * Reads a `message` event that claims to come from the player. Null when it is not
 * the player's (another origin) or not readable; the caller also checks that the
 * event's source is the player's window.
 */
export function playerEvent(provider: VideoProvider, origin: string, data: unknown) {
  if (origin !== PLAYER_ORIGINS[provider]) return null;
  const message = parsed(data);
  if (!message || typeof message.event !== "string") return null;
  const { event, info } = message;
  let result: PlayerEvent = "other";
  if (provider === "youtube") {
    const state = parsed(info)?.playerState;
    if (event === "onStateChange" && info === YOUTUBE_ENDED) result = "ended";
    else if (event === "infoDelivery" && state === YOUTUBE_ENDED) result = "ended";
    else if (event === "onReady" || event === "initialDelivery") result = "ready";
  } else if (event === "ended") result = "ended";
  else if (event === "ready") result = "ready";
  return result;
}
