export type { Method, Route } from './types';
export { Router } from './router';
export * from './path';
