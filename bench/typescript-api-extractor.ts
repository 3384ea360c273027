// Child process of the TypeScript benchmark: API Extractor producing the API report of one entry
// point of each of two package folders (what it would need to diff two versions by text).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const silent = { default: { logLevel: ExtractorLogLevel.None } };

function report(packageDir: string, entry: string, out: string, name: string): void {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: packageDir,
      mainEntryPointFilePath: path.join(packageDir, entry),
      compiler: {
        overrideTsconfig: {
          compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types: [] },
          files: [path.join(packageDir, entry)],
        },
      },
      apiReport: { enabled: true, reportFolder: out, reportTempFolder: out, reportFileName: `${name}.api.md` },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: { compilerMessageReporting: silent, extractorMessageReporting: silent, tsdocMessageReporting: silent },
    },
    configObjectFullPath: path.join(out, 'api-extractor.json'),
    packageJsonFullPath: path.join(packageDir, 'package.json'),
  });
  Extractor.invoke(config, {
    localBuild: true,
    showVerboseMessages: false,
    messageCallback: (m) => {
      m.handled = true;
    },
  });
}

const [oldDir, oldEntry, newDir, newEntry] = process.argv.slice(2);
if (!oldDir || !oldEntry || !newDir || !newEntry)
  throw new Error('usage: typescript-api-extractor.ts <old dir> <old entry> <new dir> <new entry>');
const out = mkdtempSync(path.join(tmpdir(), 'mcpver-bench-apie-'));
try {
  report(oldDir, oldEntry, out, 'old');
  report(newDir, newEntry, out, 'new');
  console.log(JSON.stringify({ reports: 2 }));
} finally {
  rmSync(out, { recursive: true, force: true });
}
