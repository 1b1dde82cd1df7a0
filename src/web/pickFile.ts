/**
 * Choosing a workbook so that it can be read again later: the File System Access API
 * (Chrome, Edge) gives a handle to the file on disk; elsewhere (Firefox, Safari) only
 * the bytes as they were when chosen, and the officer is asked to choose the file again.
 */
export interface Chosen {
  file: File;
  /** The file on disk, to read again as it is saved now; null where the browser gives none. */
  handle: FileSystemFileHandle | null;
}

type Picker = (options: object) => Promise<FileSystemFileHandle[]>;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function picker(): Picker | null {
  const w = window as unknown as { showOpenFilePicker?: Picker };
  return typeof w.showOpenFilePicker === "function" ? w.showOpenFilePicker.bind(window) : null;
}

/** Whether this browser can read a chosen file again on its own. */
export const canReadAgain = (): boolean => picker() !== null;

/** The picker with a handle, or null where there is none (the caller then uses its file input). Cancelled: undefined. */
export async function pickWithHandle(): Promise<Chosen | null | undefined> {
  const pick = picker();
  if (!pick) return null;
  try {
    const [handle] = await pick({ types: [{ description: "Excel", accept: { [XLSX]: [".xlsx"] } }], multiple: false });
    return { file: await handle.getFile(), handle };
  } catch (e) {
    if ((e as DOMException).name === "AbortError") return undefined; // the officer closed the picker
    throw e;
  }
}

/** A dropped item's handle where the browser gives one (Chrome, Edge), so the file can be read again. */
export async function droppedHandle(item: DataTransferItem | undefined): Promise<FileSystemFileHandle | null> {
  const get = (item as unknown as { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> } | undefined)?.getAsFileSystemHandle;
  if (!item || typeof get !== "function" || !canReadAgain()) return null;
  const handle = await get.call(item).catch(() => null);
  return handle?.kind === "file" ? (handle as FileSystemFileHandle) : null;
}
