/**
 * True when the portal runs inside a frame of another page. Kept tiny: the
 * first screen imports it to decide whether to load the embed bridge at all.
 */
export function isEmbedded(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    // A browser that refuses to tell is treated as framed: the safer answer.
    return true;
  }
}

/**
 * Dispatched on the window when the portal's code was replaced by a deploy and
 * only a reload can continue. Framed, the portal doesn't reload itself: the
 * embed bridge tells the host (`portal:reload-needed`), which owns the frame.
 */
export const RELOAD_NEEDED_EVENT = "portal:reload-needed";

export function requestReload(win: Window = window) {
  if (isEmbedded(win)) win.dispatchEvent(new Event(RELOAD_NEEDED_EVENT));
  else win.location.reload();
}
