export declare class Snapshot {
  private constructor();
  static capture(): Snapshot;
  readonly size: number;
  readonly takenAt: Date;
}
