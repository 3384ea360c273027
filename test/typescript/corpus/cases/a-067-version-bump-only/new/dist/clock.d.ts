export declare class FakeClock {
  constructor(start?: number);
  tick(ms: number): void;
  now(): number;
}
