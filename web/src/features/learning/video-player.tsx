import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  handshakeMessages,
  playerEvent,
  type VideoEmbed,
  videoEmbed,
  videoProvider,
} from "./video-embed.ts";

/** How often, and how many times, the page greets a player that has not answered yet. */
const GREET_EVERY_MS = 500;
const GREET_TIMES = 20;

const HOSTS = { youtube: "YouTube", vimeo: "Vimeo" } as const;

/**
 * A lesson's video played on the page, behind a consent step: nothing loads from
 * the video host until the person asks for it. Tells `onEnded` (once) when the
 * player reports the end of the video.
 */
export function VideoPlayer({
  url,
  title,
  onEnded,
}: {
  url: string;
  title: string;
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const noteId = useId();
  const channel = useId();
  const [embed, setEmbed] = useState<VideoEmbed | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const greeting = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const provider = videoProvider(url);

  const greet = () => {
    const target = frame.current?.contentWindow;
    if (!embed || !target) return;
    for (const message of handshakeMessages(embed.provider, channel)) {
      target.postMessage(message, embed.origin);
    }
  };

  const onLoad = () => {
    clearInterval(greeting.current);
    greet();
    let times = 1;
    greeting.current = setInterval(() => {
      times += 1;
      if (times > GREET_TIMES) clearInterval(greeting.current);
      else greet();
    }, GREET_EVERY_MS);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: greet reads the current frame and embed
  useEffect(() => {
    if (!embed) return;
    frame.current?.focus();
    let done = false;
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const kind = playerEvent(embed.provider, event.origin, event.data);
      if (kind === null) return;
      clearInterval(greeting.current);
      if (kind === "ready") greet();
      if (kind === "ended" && !done) {
        done = true;
        ended.current();
      }
    };
    window.addEventListener("message", onMessage);
    return () => {
      window.removeEventListener("message", onMessage);
      clearInterval(greeting.current);
    };
  }, [embed]);

  if (!provider) return null;
  if (!embed) {
    return (
      <div className="video-consent">
        <p id={noteId} className="field__hint">
          {t("learning.video.note", { host: HOSTS[provider] })}
        </p>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={noteId}
          onClick={() => setEmbed(videoEmbed(url, window.location.origin))}
        >
          {t("learning.video.play")}
        </button>
      </div>
    );
  }
  return (
    <div className="video-frame">
      <iframe
        ref={frame}
        src={embed.src}
        title={t("learning.video.frame", { title })}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        onLoad={onLoad}
      />
    </div>
  );
}
