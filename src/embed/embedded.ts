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
