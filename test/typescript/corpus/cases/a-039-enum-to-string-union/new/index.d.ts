export type Theme = "light" | "dark";
export declare function applyTheme(theme: Theme): void;
