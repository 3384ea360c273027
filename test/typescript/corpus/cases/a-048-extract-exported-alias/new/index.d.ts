export type RenderOptions = { escape?: boolean; partials?: Record<string, string> };
export declare function render(template: string, options?: RenderOptions): string;
