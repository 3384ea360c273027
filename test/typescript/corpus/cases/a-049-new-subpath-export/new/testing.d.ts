import type { RpcServer } from './index.js';
export declare function createTestServer(): RpcServer & { calls: string[] };
