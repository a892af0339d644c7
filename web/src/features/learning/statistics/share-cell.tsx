import { useFigureFormat } from "./use-figure-format.ts";

/**
 * A table cell with a share written out ("3 of 10 (30 %)") and, beside it, a bar
 * drawing the same share. The bar is decorative: the text carries the value, so the
 * cell reads the same without colour, without images and with a screen reader.
 */
export function ShareCell({
  part,
  whole,
  percent,
  width,
}: {
  part: number;
  whole: number;
  percent: number;
  /** How much of the track the bar fills, 0–100. */
  width: number;
}) {
  const format = useFigureFormat();
  return (
    <td>
      <span className="share">
        <svg
          className="share__bar"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 100 10"
          preserveAspectRatio="none"
        >
          <rect className="share__fill" width={width} height="10" />
        </svg>
        <span>{format.share(part, whole, percent)}</span>
      </span>
    </td>
  );
}
