export interface HealthReport {
  readonly status: string;
  uptimeSeconds: number;
}
export declare function checkHealth(): Promise<HealthReport>;
