/**
 * `npm start` / the container's command: reads the settings (the environment, then `.env` for
 * whatever the environment leaves unset or empty) and starts the server. A bad setting stops it
 * with one readable message and exit code 1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { startServer } from "./server.js";
import { readSettings, SettingsError } from "./settings.js";

/** The environment wins over `.env`, except where it is empty: empty means unset. */
function environment(): Record<string, string | undefined> {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parseEnv(readFileSync(join(process.cwd(), ".env"), "utf8")) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const env: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(process.env)) if (value?.trim()) env[key] = value;
  return env;
}

async function main(): Promise<void> {
  let settings;
  try {
    settings = readSettings(environment());
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const server = await startServer(settings);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void server.close().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(`Blast Radius could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
