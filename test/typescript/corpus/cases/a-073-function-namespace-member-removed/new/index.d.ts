export declare function debug(namespace: string): (message: string, ...args: unknown[]) => void;
export declare namespace debug {
  let enabled: boolean;
}
