export interface Config { root: string; plugins: string[] }
export declare function loadConfig(path?: string): Config | undefined;
