export declare function makeKey<K extends string>(namespace: string, key: K): `${string}:${K}`;
