// A description newly asks the model for secrets, files or environment variables: paths such as
// ~/.ssh or .env, or a verb of sending next to a token, key, password or the conversation.

import { matchAll, poisoningRule } from '../poisoning/detect.ts';

/** A verb of reading or handing over, or "contents of", shortly before what it applies to. */
const TAKE = String.raw`\b(?:read|cat|open|load|send|include|pass|provide|upload|share|attach|append|forward|paste|copy|leak|exfiltrate|post|dump|collect|extract|contents?\s+of|value\s+of)\b[^.\n]{0,60}?`;
/** Files that hold credentials. Named alone they are often a denylist ("~/.ssh is rejected"): flagged after a verb. */
const FILES = String.raw`(?:(?:~|\$HOME|%USERPROFILE%)?[\\/]?\.(?:ssh|aws|gnupg|kube|docker|azure|config\/gcloud)\b[\w./\\-]*|\b(?:id_rsa|id_ed25519|id_ecdsa|id_dsa|authorized_keys)\b|(?<![\w.])\.(?:env|npmrc|netrc|pgpass|git-credentials|pypirc)\b|\/etc\/(?:passwd|shadow|sudoers)\b|\b(?:mcp|claude_desktop_config)\.json\b)`;

const PATTERNS = [
  new RegExp(`${TAKE}${FILES}`, 'gi'),
  // A verb of handing something over, then a secret, within one clause.
  /\b(?:send|include|pass|provide|upload|share|attach|append|forward|paste|leak|exfiltrate|post|dump|collect|extract|copy)\b[^.\n]{0,50}?\b(?:secrets?|tokens?|passwords?|passphrases?|api[ _-]?keys?|private keys?|credentials?|cookies?|session ids?|environment variables?|env vars?|process\.env|conversation history|chat history|previous messages|system prompt)\b/gi,
  // Reading the environment or a file's contents for the model to pass on.
  /\b(?:contents?|value)s?\s+of\s+(?:the\s+)?(?:user's\s+)?(?:[~$][\w/.-]+|\.env|environment variables?|env vars?|ssh keys?|config(?:uration)? files?|credentials? files?)\b/gi,
];

export const rule = poisoningRule({
  id: 'poisoning-sensitive-request',
  kind: 'sensitive-request',
  severity: 7.5,
  what: 'a request for secrets, files or environment variables',
  description:
    'A text the model reads newly asks for secrets, credential files or environment variables, or to pass them on.',
  rationale:
    "A model that follows such a description hands the user's keys and files to the server (or to whoever it names) in a tool argument.",
  find: (text) => matchAll(text, PATTERNS),
});
