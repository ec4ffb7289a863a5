// Finds the Chromium that Playwright drives (the system's browser: Playwright downloads none).
// Used by playwright.config.js and bench/support.mjs; `node scripts/chromium.mjs` prints it.
// Order: $GRAFT_CHROMIUM, then $CHROMIUM (each a path or a command name), then the first of
// chromium, chromium-browser, google-chrome, google-chrome-stable on PATH. A variable that is
// set but names no executable is an error rather than skipped.
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const VARIABLES = ["GRAFT_CHROMIUM", "CHROMIUM"];
const COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

// A path (anything with a slash) as given; a bare name looked up on PATH.
function resolve(command, searchPath) {
  if (command.includes("/")) return isExecutable(command) ? path.resolve(command) : null;
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

export function findChromium(env = process.env) {
  const searchPath = env.PATH ?? "";
  for (const name of VARIABLES) {
    const value = env[name];
    if (!value) continue;
    const found = resolve(value, searchPath);
    if (found) return found;
    throw new Error(`Chromium not found: ${name}=${value} is not an executable file` +
      (value.includes("/") ? "" : " on PATH") + ". Point it at Chromium's executable, or unset it.");
  }
  for (const command of COMMANDS) {
    const found = resolve(command, searchPath);
    if (found) return found;
  }
  throw new Error(`Chromium not found: neither ${VARIABLES.map((v) => "$" + v).join(" nor ")} is set, and none of ` +
    `${COMMANDS.join(", ")} is on PATH (${searchPath || "PATH is empty"}). Install it (scripts/setup installs ` +
    `Debian's chromium package) or set GRAFT_CHROMIUM to its executable.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
