/** Files the planner saves or opens from the pane (scenario exports and imports): browser APIs only. */

/** Offers the data as a download named `name`. */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export function readFile(file: File): Promise<OpenedFile> {
  return file.arrayBuffer().then((bytes) => ({ name: file.name, bytes }));
}
