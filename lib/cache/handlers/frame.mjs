// How a cache entry travels through Redis: one binary frame, [u32 header length][header JSON][blobs]. Buffers, Maps
// and long strings (a page's HTML, its RSC segments) become references into the blobs, so storing an 88 KB page is a
// copy, not a base64 or JSON escape of every byte, and reading one back slices the frame without copying.
// (JSON would turn Buffers into arrays of numbers and drop Maps and `undefined`; Next's values have all three.)

const LONG_STRING = 512;

/** An entry (any mix of plain data, strings, Buffers/Uint8Arrays, Maps and undefined) as one Buffer. */
export function encodeFrame(value) {
  const blobs = [];
  let offset = 0;
  const ref = (buffer) => {
    blobs.push(buffer);
    offset += buffer.length;
    return [offset - buffer.length, buffer.length];
  };
  const pack = (v) => {
    if (v === undefined) return { $u: 1 };
    if (v === null || typeof v !== 'object') return typeof v === 'string' && v.length > LONG_STRING ? { $s: ref(Buffer.from(v)) } : v;
    if (v instanceof Uint8Array) return { $b: ref(Buffer.from(v.buffer, v.byteOffset, v.byteLength)) };
    if (v instanceof Map) return { $m: [...v].map(([k, x]) => [k, pack(x)]) };
    if (Array.isArray(v)) return v.map(pack);
    const out = {};
    for (const key of Object.keys(v)) out[key] = pack(v[key]);
    return out;
  };
  const header = Buffer.from(JSON.stringify(pack(value)));
  const length = Buffer.allocUnsafe(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, ...blobs]);
}

/** The entry encodeFrame wrote; its Buffers are views into `frame`. */
export function decodeFrame(frame) {
  const headerLength = frame.readUInt32LE(0);
  const base = 4 + headerLength;
  const unpack = (v) => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(unpack);
    if (v.$u === 1) return undefined;
    if (v.$s) return frame.toString('utf8', base + v.$s[0], base + v.$s[0] + v.$s[1]);
    if (v.$b) return frame.subarray(base + v.$b[0], base + v.$b[0] + v.$b[1]);
    if (v.$m) return new Map(v.$m.map(([k, x]) => [k, unpack(x)]));
    const out = {};
    for (const key of Object.keys(v)) out[key] = unpack(v[key]);
    return out;
  };
  return unpack(JSON.parse(frame.toString('utf8', 4, base)));
}
