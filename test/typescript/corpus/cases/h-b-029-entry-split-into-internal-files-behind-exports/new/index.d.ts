export * from './lib/types';
export { Client, type ClientOptions } from './lib/client';
