// Byte offsets to JavaScript string offsets.
//
// deploylint reports `span: {start, end}` in UTF-8 bytes of the linted text
// (as the CLI does for files). Browser APIs, CodeMirror included, count UTF-16
// code units. They agree on ASCII text only: `é` is 2 bytes and 1 unit, `名`
// 3 bytes and 1 unit, `😀` 4 bytes and 2 units. `byteToUtf16(text)` returns a
// converter for one text; build it once per lint and convert every span with it.

/** A converter from UTF-8 byte offsets of `text` to UTF-16 offsets. */
export type ByteToUtf16 = (byte: number) => number;

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function byteToUtf16(text: string): ByteToUtf16 {
  if (ASCII.test(text)) {
    // One byte per unit: the common case costs nothing.
    return (byte) => Math.max(0, Math.min(byte, text.length));
  }
  // starts[i] = byte offset of UTF-16 unit i; starts[text.length] = total bytes.
  const starts = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    starts[i] = bytes;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair: one 4-byte character over two units. A byte
        // offset never falls between them; both units start at its byte.
        starts[i + 1] = bytes;
        bytes += 4;
        i++;
        continue;
      }
      bytes += 3; // a lone surrogate is encoded as U+FFFD (3 bytes)
    } else bytes += 3;
  }
  starts[text.length] = bytes;
  return (byte) => {
    if (byte <= 0) return 0;
    if (byte >= bytes) return text.length;
    // The first unit whose start is at or past `byte` (binary search; of a
    // pair's two units, the first).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
