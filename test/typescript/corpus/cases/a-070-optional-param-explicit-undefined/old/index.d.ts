export interface Row { id: number; [column: string]: unknown }
export declare function select(table: string, limit?: number, offset?: number): Promise<Row[]>;
