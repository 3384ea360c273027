const UNITS = ['B', 'KB', 'MB', 'GB'];

export function formatBytes(bytes: number) {
  let i = 0;
  while (bytes >= 1024 && i < UNITS.length - 1) { bytes /= 1024; i++; }
  return `${bytes.toFixed(1)} ${UNITS[i]}`;
}
