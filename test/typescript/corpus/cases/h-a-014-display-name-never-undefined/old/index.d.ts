export interface BaseMetadata {
  name: string;
  title?: string;
}
/** Returns the best human-readable label for a tool, prompt or resource. */
export declare function getDisplayName(metadata: BaseMetadata): string | undefined;
