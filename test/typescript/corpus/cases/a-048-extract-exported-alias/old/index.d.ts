export declare function render(template: string, options?: { escape?: boolean; partials?: Record<string, string> }): string;
