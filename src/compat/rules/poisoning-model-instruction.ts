// A description newly talks to the model instead of describing the tool: "ignore previous
// instructions", "do not tell the user", "before using this tool, first call …", <IMPORTANT> tags.

import { matchAll, poisoningRule } from '../poisoning/detect.ts';

const PATTERNS = [
  /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}?\b(?:previous|prior|above|earlier|all|any|other|system|your|the)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|guidelines|directions|guardrails)\b/gi,
  /\b(?:do not|don't|dont|never|must not|should not)\s+(?:tell|inform|mention|reveal|show|disclose|notify|alert|let)\b[^.\n]{0,30}?\buser\b/gi,
  /\bwithout\s+(?:telling|informing|notifying|alerting|asking)\s+(?:the\s+)?user\b|\bwithout\s+the\s+user(?:'s)?\s+(?:knowing|knowledge|noticing|consent)\b/gi,
  /\b(?:before|prior to)\s+(?:using|calling|invoking|running|executing)\s+(?:this|any|the)\b[^.\n]{0,40}?\b(?:you must|you should|always|first|must first)\b[^.\n]{0,40}?\b(?:call|invoke|use|read|run|send|pass)\b/gi,
  /<\s*\/?\s*(?:important|system|instructions?|secret|hidden|admin)\s*>/gi,
  /\byou are now\b|\bfrom now on,?\s+you\b|\bpretend (?:that )?you\b|\bnew instructions?:/gi,
  /\b(?:system prompt|developer message|hidden instructions?|secret instructions?)\b/gi,
  // Servers do address the model ("the LLM should not guess"): only hiding and call-first orders are flagged.
  /\b(?:assistant|model|ai|llm|agent)\s+(?:must|should)\s+(?:secretly|silently|(?:not|never)\s+(?:tell|mention|reveal|inform|disclose|show)\b|(?:always\s+)?first\s+(?:call|read|send|run|invoke|fetch)\b)/gi,
  /\b(?:secretly|silently|covertly)\s+(?:call|send|read|include|pass|upload|forward|run)\b/gi,
];

export const rule = poisoningRule({
  id: 'poisoning-model-instruction',
  kind: 'model-instruction',
  severity: 8.0,
  what: 'an instruction aimed at the model',
  description:
    'A text the model reads newly gives the model instructions (ignore previous instructions, do not tell the user, first call …).',
  rationale:
    'Every agent that loads the server reads its descriptions as context: an instruction slipped into one is a prompt injection into all of them.',
  find: (text) => matchAll(text, PATTERNS),
});
