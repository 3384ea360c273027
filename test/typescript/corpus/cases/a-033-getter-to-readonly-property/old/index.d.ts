export declare class Snapshot {
  private constructor();
  static capture(): Snapshot;
  get size(): number;
  get takenAt(): Date;
}
