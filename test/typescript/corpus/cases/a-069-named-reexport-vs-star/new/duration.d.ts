export type Duration = `${number}${'ms' | 's' | 'm' | 'h'}`;
export declare function parseDuration(text: Duration): number;
