export declare enum Theme {
  Light = "light",
  Dark = "dark"
}
export declare function applyTheme(theme: Theme): void;
