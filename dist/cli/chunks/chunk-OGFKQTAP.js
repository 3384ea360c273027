import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/ab/proxy/unit.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
var INSTALLATION_ID_FILE = "installation-id";
var VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;
async function installationUnit(cacheDir) {
  if (!cacheDir) return { unit: sessionUnit(), source: "session", note: "no cache folder is known" };
  const file = path.join(cacheDir, INSTALLATION_ID_FILE);
  try {
    await mkdir(cacheDir, { recursive: true });
    try {
      await writeFile(file, `${randomUUID()}
`, { flag: "wx", mode: 384 });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const id = (await readFile(file, "utf8")).trim();
    if (!VALID_ID.test(id))
      return {
        unit: sessionUnit(),
        source: "session",
        note: `${file} does not hold an id (delete it to make a new one)`
      };
    return { unit: id, source: "installation" };
  } catch (error) {
    return { unit: sessionUnit(), source: "session", note: `${file} could not be used: ${error.message}` };
  }
}
function sessionUnit() {
  return `session-${randomUUID()}`;
}

export {
  installationUnit,
  sessionUnit
};
