export interface Page<T> { items: T[]; next?: string }
export declare function paginate<T>(items: readonly T[], pageSize: number): Page<T>[];
