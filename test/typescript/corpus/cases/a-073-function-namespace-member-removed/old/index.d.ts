export declare function debug(namespace: string): (message: string, ...args: unknown[]) => void;
export declare namespace debug {
  let enabled: boolean;
  function extend(parent: string, child: string): (message: string, ...args: unknown[]) => void;
}
