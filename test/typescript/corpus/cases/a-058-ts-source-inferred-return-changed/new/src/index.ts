const UNITS = ['B', 'KB', 'MB', 'GB'];

export function formatBytes(bytes: number) {
  let i = 0;
  while (bytes >= 1024 && i < UNITS.length - 1) { bytes /= 1024; i++; }
  return { value: Number(bytes.toFixed(1)), unit: UNITS[i] };
}
