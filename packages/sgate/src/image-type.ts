/** Largest photo SGATE accepts: 2048 KB (spec §4.6). */
export const MAX_PHOTO_BYTES = 2048 * 1024;

/** The image types SGATE accepts, with the file extension used when no file name is given. */
export const IMAGE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/bmp': 'bmp', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp' } as const;

/** One of the image MIME types SGATE accepts. */
export type ImageType = keyof typeof IMAGE_TYPES;

/** The image type of `bytes` from its signature ("magic number"), or `undefined` for anything SGATE does not accept. */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  if ((head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--')) && /<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}
