// `npm run check:workflows [FILE…]`: validates GitHub workflow files (by default every
// .github/workflows/*.yml) with @actions/workflow-parser, GitHub's own parser and workflow schema
// (the one the Actions language server uses): unknown keys, wrong types, malformed expressions.
// Prints each problem with its file, line and column; exits 1 when there is any.
// Run with tsx: the parser imports its schema as JSON without an import attribute.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each problem of one workflow file, as GitHub reports it (`file (Line: 5, Col: 5): Unexpected value 'stepz'`). */
export async function workflowProblems(file: string): Promise<string[]> {
  const name = path.relative(ROOT, path.resolve(file));
  const parsed = parseWorkflow({ name, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    problems.push(...(template.errors ?? []).map((e) => (e as { Message?: string }).Message ?? String(e)));
  } else if (problems.length === 0) {
    problems.push(`${name}: not a workflow (empty or not a mapping)`);
  }
  return [...new Set(problems)];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.join(ROOT, '.github/workflows');
  const files =
    process.argv.length > 2
      ? process.argv.slice(2)
      : readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => path.join(dir, f));
  let failed = false;
  for (const file of files) {
    const problems = await workflowProblems(file);
    if (problems.length > 0) failed = true;
    for (const problem of problems) process.stdout.write(`${problem}\n`);
  }
  if (!failed) process.stdout.write(`${files.length} workflow file(s): no problem.\n`);
  process.exitCode = failed ? 1 : 0;
}
