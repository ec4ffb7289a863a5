// gr.DateTime's pure logic (no DOM), after Gradio's js/datetime/utils.ts and
// gradio/components/datetime.py: validating "YYYY-MM-DD[ HH:MM:SS]" and "now - 2d" text,
// wall-clock time <-> instants in an IANA time zone (Intl.DateTimeFormat), the calendar grid,
// and the function edge by `type`. `now` is always passed in, so tests fix the clock.

const pad = (n, width = 2) => String(n).padStart(width, "0");

export const placeholderFor = (includeTime) => (includeTime === false ? "YYYY-MM-DD" : "YYYY-MM-DD HH:MM:SS");

// Gradio accepts "now" and "now - <n><unit>" with units s, m, h, d (datetime.py's now_regex);
// w (weeks) is accepted here too.
const RELATIVE = /^\s*now\s*(?:-\s*(\d+)\s*([smhdw]))?\s*$/i;
const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };

// The instant (ms since epoch) a relative text names, or null when it is not one.
export function parseRelative(text, now) {
  const m = RELATIVE.exec(String(text));
  if (!m) return null;
  return now - Number(m[1] ?? 0) * UNIT_MS[(m[2] ?? "s").toLowerCase()];
}

const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate(); // month 1-12

// "YYYY-MM-DD HH:MM:SS" (includeTime true), "YYYY-MM-DD" (false), either (undefined) as wall
// parts {year, month (1-12), day, hour, minute, second}; null if malformed or no real date.
export function parseWall(text, includeTime) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(String(text));
  if (!m || (includeTime === true && m[4] === undefined) || (includeTime === false && m[4] !== undefined)) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

export function formatWall(w, includeTime) {
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  return includeTime === false ? date : `${date} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

// Text the box may commit: empty (clears), a relative "now" form, or a date in the mode's format.
export function isValidText(text, includeTime) {
  return String(text).trim() === "" || parseRelative(text, 0) !== null || parseWall(text, includeTime) !== null;
}

const formatters = new Map();
function formatter(timezone) {
  const key = timezone ?? "";
  if (!formatters.has(key)) {
    try {
      formatters.set(key, new Intl.DateTimeFormat("en-US", {
        timeZone: timezone || undefined, hourCycle: "h23", year: "numeric", month: "2-digit",
        day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
      }));
    } catch {
      throw new Error(`DateTime timezone ${JSON.stringify(timezone)} is not an IANA time zone name such as "Europe/Paris"`);
    }
  }
  return formatters.get(key);
}

// The wall-clock parts of instant `ms` in `timezone` (the page's zone when none, as Python's
// datetime.fromtimestamp uses the local zone without one).
export function zonedParts(ms, timezone) {
  const parts = {};
  for (const p of formatter(timezone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second),
  };
}

export const formatInstant = (ms, includeTime, timezone) => formatWall(zonedParts(ms, timezone), includeTime);

const utcOf = (w) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
const offsetAt = (ms, timezone) => utcOf(zonedParts(ms, timezone)) - Math.floor(ms / 1000) * 1000;

// The instant a wall-clock time names in `timezone` (pytz's localize): the zone's offset is
// looked up at the guess and once more, which settles it across a DST change.
export function wallToInstant(w, timezone) {
  const asUtc = utcOf(w);
  const first = offsetAt(asUtc, timezone);
  const second = offsetAt(asUtc - first, timezone);
  return asUtc - second;
}

// The instant any accepted text names (relative or wall), or null.
export function instantOf(text, { includeTime, timezone, now }) {
  const rel = parseRelative(text, now);
  if (rel !== null) return rel;
  const wall = parseWall(text, includeTime);
  return wall ? wallToInstant(wall, timezone) : null;
}

// What the text box shows for a value: a timestamp (seconds) in the component's zone, or the
// string itself (Gradio shows the wire string as it is).
export function displayText(value, { include_time, timezone } = {}) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && Number.isFinite(value)) return formatInstant(value * 1000, include_time, timezone);
  return String(value);
}

// What a page function receives, by `type` (Gradio's preprocess; default "timestamp"):
// seconds since epoch, a Date ("datetime"), or the text ("string", with "now" forms resolved).
export function toArgument(value, props, now = Date.now()) {
  if (value === null || value === undefined || value === "") return null;
  const type = props.type ?? "timestamp";
  const includeTime = props.include_time !== false;
  const opts = { includeTime: undefined, timezone: props.timezone, now };
  if (type === "string" && typeof value === "string" && !/now/i.test(value)) return value;
  const ms = typeof value === "number" ? value * 1000 : instantOf(value, opts);
  if (ms === null) {
    throw new Error(`DateTime got ${JSON.stringify(value)}, expected "${placeholderFor(includeTime)}" or "now - <n><unit>"`);
  }
  if (type === "string") return formatInstant(ms, includeTime, props.timezone);
  if (type === "datetime") return new Date(ms);
  return ms / 1000;
}

// The function edge: what a page function returns, as the wire string (Gradio's postprocess):
// a timestamp in seconds or a Date is formatted in the component's zone; text must be a date
// or a "now" form (Gradio passes any string through; a malformed one fails here instead).
export function checkOutput(value, props) {
  if (value === null || value === undefined) return null;
  const includeTime = props.include_time !== false;
  if (typeof value === "number" && Number.isFinite(value)) return formatInstant(value * 1000, includeTime, props.timezone);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return formatInstant(value.getTime(), includeTime, props.timezone);
  if (typeof value === "string" && (value === "" || parseRelative(value, 0) !== null || parseWall(value) !== null)) return value;
  throw new Error(
    `DateTime expects "${placeholderFor(includeTime)}", "now - <n><unit>", a timestamp in seconds or a Date, got ${JSON.stringify(value)}`,
  );
}

// The picker's month grid: 42 days from the Sunday on or before the 1st (Gradio's
// generate_calendar_days), each {year, month, day, current}. month is 1-12.
export function calendarDays(year, month) {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const out = [];
  for (let i = 0; i < 42; i++) {
    const d = new Date(Date.UTC(year, month - 1, 1 - first + i));
    out.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), current: d.getUTCMonth() + 1 === month });
  }
  return out;
}

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
