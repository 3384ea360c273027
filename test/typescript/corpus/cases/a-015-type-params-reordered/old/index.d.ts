export declare function convert<From, To>(value: From, converter: (value: From) => To): To;
