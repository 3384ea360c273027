export declare function compilePath(path: string): RegExp;
