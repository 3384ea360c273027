// An optional paragraph of advice from any OpenAI-compatible chat-completions endpoint (OpenRouter
// by default), through the `openai` package. Generic on purpose (the A/B comment and migration pull
// requests use it): without a key it is never called, and any failure or timeout gives null, so the
// caller's result never waits on it, fails because of it, or changes with it.

import OpenAI from 'openai';

export const DEFAULT_AI_BASE_URL = 'https://openrouter.ai/api/v1';
export const DEFAULT_AI_MODEL = 'openai/gpt-4o-mini';
/** Advice is a paragraph, not an essay: a bounded answer keeps cost and comment length small. */
export const MAX_ADVICE_TOKENS = 400;
/** Longest advice kept, in characters, whatever the endpoint sends. */
export const MAX_ADVICE_CHARS = 2_000;

export interface AdviceRequest {
  baseUrl?: string;
  /** Without a key there is no request at all. */
  apiKey?: string | null;
  model?: string;
  timeoutMs: number;
  system: string;
  prompt: string;
  /** Told about failures (the caller decides where they go); never thrown. */
  onError?: (message: string) => void;
}

/** The advice text, or null when there is no key, the endpoint fails or times out, or answers nothing. */
export async function askForAdvice(request: AdviceRequest): Promise<string | null> {
  if (!request.apiKey) return null;
  const client = new OpenAI({
    apiKey: request.apiKey,
    baseURL: request.baseUrl ?? DEFAULT_AI_BASE_URL,
    timeout: request.timeoutMs,
    // One try: a retried request would hold the caller up past its timeout.
    maxRetries: 0,
  });
  // The client's timeout covers each attempt; the race covers the whole call, including a body that trickles.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      request.onError?.(`no answer from ${request.baseUrl ?? DEFAULT_AI_BASE_URL} within ${request.timeoutMs} ms`);
      resolve(null);
    }, request.timeoutMs);
  });
  const ask = (async () => {
    try {
      const completion = await client.chat.completions.create({
        model: request.model ?? DEFAULT_AI_MODEL,
        max_tokens: MAX_ADVICE_TOKENS,
        temperature: 0.2,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.prompt },
        ],
      });
      const text = completion.choices?.[0]?.message?.content?.trim();
      return text ? text.slice(0, MAX_ADVICE_CHARS) : null;
    } catch (error) {
      request.onError?.(`advice request failed: ${(error as Error).message}`);
      return null;
    }
  })();
  try {
    return await Promise.race([ask, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
