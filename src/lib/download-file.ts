/** Saves a Blob as a file through the browser's own download: nothing leaves the machine. */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name safe on every system, from a draft's name. */
export const safeFileName = (name: string, ext: string) =>
  `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'request'}.${ext}`;

/** Saves data as a pretty-printed JSON file named after a draft or review. */
export const downloadJson = (name: string, data: unknown) =>
  downloadFile(safeFileName(name, 'json'), new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
