export declare enum Compression {
  None = 0,
  Gzip = 1,
  Deflate = 2,
  Brotli = 3
}
export declare function compress(data: Uint8Array, method?: Compression): Promise<Uint8Array>;
