// A description newly points the model at another tool or another server: a tool name the server
// does not have, a namespaced tool of another server, or wording that shadows other tools.

import { excerpt, matchAll, nameKey, poisoningRule, type Match } from '../poisoning/detect.ts';

const FOREIGN = [
  // Tool names as agents namespace them: Claude's `mcp__server__tool`, `functions.tool`.
  /\bmcp__[\w-]+(?:__[\w-]+)?\b/gi,
  /\bfunctions\.[A-Za-z_][\w-]*\b/g,
  // Wording that redirects or shadows what other tools and servers do.
  /\b(?:instead of|rather than|in place of|replaces?|overrides?|shadows?)\b[^.\n]{0,30}?\b(?:other|another|any|the)\b[^.\n]{0,20}?\b(?:tools?|servers?)\b/gi,
  /\b(?:other|another|all other|different)\s+(?:mcp\s+)?servers?\b/gi,
];

/**
 * `call send_email`, `use getSecrets`, `invoke the "fetch-all" tool`: a name shaped like a tool's
 * (snake_case or camelCase), or any name quoted or followed by "tool", after a verb of calling.
 * Hyphenated words in prose (`use built-in`, `run end-to-end`) are not names.
 */
const CALL = [
  /\b(?:call|invoke|use|run|trigger|execute)\s+(?:the\s+)?([A-Za-z][\w-]*_[\w-]+|[a-z]+[A-Z]\w*)\b/g,
  /\b(?:call|invoke|use|run|trigger|execute)\s+(?:the\s+)?[`'"]([A-Za-z][\w.-]*)[`'"]/g,
  /\b(?:call|invoke|use|run|trigger|execute)\s+(?:the\s+)?([A-Za-z][\w-]*)\s+tool\b/g,
];
/** Words that a verb of calling takes and that are not tools. */
const NOT_A_TOOL =
  /^(?:this|that|it|them|these|those|one|another|other|any|each|all|only|when|if|for|to|with|a|an|same|following|above|below|instead|first|before|after|tool|tools)$/i;

export const rule = poisoningRule({
  id: 'poisoning-tool-reference',
  kind: 'tool-reference',
  severity: 6.0,
  what: 'a reference to another tool or server',
  description:
    'A text the model reads newly names a tool this server does not have, another server, or tells the model to use it instead of others.',
  rationale:
    'A description that steers the model to other tools or servers can hijack calls meant for them (tool shadowing) or chain a poisoned call.',
  find(text, context) {
    const found: Match[] = matchAll(text, FOREIGN);
    for (const pattern of CALL) {
      for (const m of text.matchAll(pattern)) {
        const name = m[1]!.replace(/[.-]+$/, '');
        // Its own tools (in any spelling) and parameters are the server's to mention; a name with a
        // dot is a file or a URL more often than a tool.
        if (
          context.toolNames.has(nameKey(name)) ||
          context.parameterNames.has(nameKey(name)) ||
          NOT_A_TOOL.test(name) ||
          /\.[a-z0-9]{1,5}$/i.test(name)
        )
          continue;
        found.push({ key: `call ${name.toLowerCase()}`, evidence: excerpt(text, m.index ?? 0, m[0].length) });
      }
    }
    return found;
  },
});
