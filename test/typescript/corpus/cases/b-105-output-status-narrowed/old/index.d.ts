export interface HealthReport {
  status: string;
  uptimeSeconds: number;
}
export declare function checkHealth(): Promise<HealthReport>;
