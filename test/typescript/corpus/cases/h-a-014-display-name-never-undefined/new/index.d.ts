export interface BaseMetadata {
  name: string;
  title?: string;
}
/** Returns the best human-readable label for a tool, prompt or resource (falls back to `name`). */
export declare function getDisplayName(metadata: BaseMetadata): string;
