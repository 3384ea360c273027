export interface Emitter { on(event: string, fn: (...args: unknown[]) => void): void; emit(event: string, ...args: unknown[]): void }
export default class EmitterImpl implements Emitter {
  on(event: string, fn: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}
