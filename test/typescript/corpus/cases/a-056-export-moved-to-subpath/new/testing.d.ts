import type { Transport } from './index.js';
export declare function mockTransport(): Transport & { sent: Uint8Array[] };
