export declare function makeKey<K extends string | number>(namespace: string, key: K): `${string}:${K}`;
