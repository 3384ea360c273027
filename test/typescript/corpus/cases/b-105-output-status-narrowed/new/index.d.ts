export interface HealthReport {
  readonly status: 'ok' | 'degraded' | 'down';
  uptimeSeconds: number;
}
export declare function checkHealth(): Promise<HealthReport>;
