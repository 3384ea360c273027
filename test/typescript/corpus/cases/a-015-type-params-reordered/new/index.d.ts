export declare function convert<To, From>(value: From, converter: (value: From) => To): To;
