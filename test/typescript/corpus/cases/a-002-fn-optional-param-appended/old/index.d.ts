/** Formats a number for display. */
export declare function formatNumber(value: number, fractionDigits?: number): string;
