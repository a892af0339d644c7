import { type GeoPermissibleObjects, type GeoProjection, geoConicConformal, geoPath } from "d3-geo";
import { feature } from "topojson-client";

/**
 * The member map's geometry, computed once from Natural Earth (world-atlas) and
 * committed as `europe-map.json` (decision 0034): each country the alliance's
 * cities may be in as its own SVG path, every other country in view as one
 * background path, already projected. The browser downloads paths only, with the
 * map's lazy chunk; no projection code and no world geodata.
 */

/** ISO 3166-1 numeric (world-atlas feature ids) → alpha-2 (core's COUNTRIES). */
const ALPHA2: Record<string, string> = {
  "020": "AD",
  "008": "AL",
  "051": "AM",
  "040": "AT",
  "031": "AZ",
  "070": "BA",
  "056": "BE",
  "100": "BG",
  "756": "CH",
  "196": "CY",
  "203": "CZ",
  "276": "DE",
  "208": "DK",
  "233": "EE",
  "724": "ES",
  "246": "FI",
  "250": "FR",
  "826": "GB",
  "268": "GE",
  "300": "GR",
  "191": "HR",
  "348": "HU",
  "372": "IE",
  "352": "IS",
  "380": "IT",
  "438": "LI",
  "440": "LT",
  "442": "LU",
  "428": "LV",
  "492": "MC",
  "498": "MD",
  "499": "ME",
  "807": "MK",
  "470": "MT",
  "528": "NL",
  "578": "NO",
  "616": "PL",
  "620": "PT",
  "642": "RO",
  "688": "RS",
  "752": "SE",
  "705": "SI",
  "703": "SK",
  "674": "SM",
  "792": "TR",
  "804": "UA",
};

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 520;
/** Europe, from the Azores' edge to the Caucasus, Crete to the North Cape. */
const WEST = -24;
const EAST = 50;
const SOUTH = 34;
const NORTH = 71.5;

export interface EuropeMap {
  width: number;
  height: number;
  /** Every country a member city may be in, by alpha-2 code. */
  countries: { code: string; d: string; dot?: [number, number] }[];
  /** The other countries in view, one path. */
  background: string;
}

type Position = number[];
type Geometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };
interface Country {
  type: "Feature";
  id?: string | number;
  properties: unknown;
  geometry: Geometry;
}
/** world-atlas's countries topology, as topojson-client reads it. */
export type World = Parameters<typeof feature>[0];

const inEurope = ([lon = 0, lat = 0]: Position) =>
  lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;

/** Drops a country's polygons far from Europe (France's overseas regions, say). */
function european(country: Country): Country {
  const polygons =
    country.geometry.type === "Polygon"
      ? [country.geometry.coordinates]
      : country.geometry.coordinates;
  const kept = polygons.filter((polygon) => polygon[0]?.some(inEurope));
  return { ...country, geometry: { type: "MultiPolygon", coordinates: kept } };
}

export function europeMap(world: World): EuropeMap {
  const countriesObject = world.objects.countries as Parameters<typeof feature>[1];
  const all = feature(world, countriesObject) as unknown as { features: Country[] };
  const edge: Position[] = [];
  for (let step = 0; step <= 10; step += 1) {
    const lon = WEST + ((EAST - WEST) * step) / 10;
    const lat = SOUTH + ((NORTH - SOUTH) * step) / 10;
    edge.push([lon, SOUTH], [lon, NORTH], [WEST, lat], [EAST, lat]);
  }
  const projection = geoConicConformal()
    .parallels([43, 62])
    .rotate([-10, 0])
    .fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "MultiPoint", coordinates: edge })
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const countries: EuropeMap["countries"] = [];
  let background = "";
  for (const country of all.features) {
    const code = ALPHA2[String(country.id)];
    const shape = code ? european(country) : country;
    const d = compactPath(projection, shape);
    if (code) {
      // Too small to point at (Monaco, San Marino…): a dot marks it as well.
      const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(shape as GeoPermissibleObjects);
      const small = Math.max(x1 - x0, y1 - y0) < 6;
      const [x, y] = geoPath(projection).centroid(shape as GeoPermissibleObjects);
      countries.push({ code, d, ...(small && { dot: [Math.round(x), Math.round(y)] }) });
    } else background += d;
  }
  countries.sort((a, b) => a.code.localeCompare(b.code));
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries, background };
}

/** Points closer than this (px) to the last one drawn are skipped: the map's detail. */
const STEP = 1.5;

/**
 * The SVG path of `shape`, in whole pixels with relative moves, leaving out points
 * closer than STEP to the last one kept and rings that shrink below a triangle:
 * Natural Earth's 1:50m detail, at the map's size, without its weight.
 */
function compactPath(projection: GeoProjection, shape: Country): string {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const context = {
    moveTo(x: number, y: number) {
      ring = [[Math.round(x), Math.round(y)]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      const [lx, ly] = ring.at(-1) ?? [0, 0];
      if (Math.abs(x - lx) + Math.abs(y - ly) >= STEP) ring.push([Math.round(x), Math.round(y)]);
    },
    beginPath() {},
    closePath() {},
    arc() {},
  };
  geoPath(projection, context)(shape as GeoPermissibleObjects);
  let d = "";
  for (const points of rings.filter((points) => points.length >= 3)) {
    const [first, ...rest] = points as [[number, number], ...[number, number][]];
    let [px, py] = first;
    d += `M${px} ${py}`;
    for (const [x, y] of rest) {
      if (x === px && y === py) continue;
      d += `l${x - px} ${y - py}`;
      [px, py] = [x, y];
    }
    d += "z";
  }
  return d;
}
