import { type ApiResult, ApiPromise, parseResponse, type RequestOptions, validateInput, ValidationError } from '@clientele/core';
import * as z from 'zod/mini';
import { detectImageType, IMAGE_TYPES, MAX_PHOTO_BYTES } from '../image-type.js';
import { md5Hex } from '../rsa/md5.js';
import type { SgateContext } from '../sgate-context.js';
import { customerSchema, type SgateCustomer } from '../schemas/customer.js';
import { referenceParameters, referenceShape, requireReference } from '../schemas/customer-reference.js';

/** Input of `customers.uploadPhoto`. */
export type UploadPhotoParams = ({ customid: string; mercustomid?: string } | { customid?: string; mercustomid: string }) & {
  /** `'identitypic'` for the ID photo, `'signpic'` for the signature photo. */
  type: 'identitypic' | 'signpic';
  /** The image: a `Blob`/`File`, or its bytes. JPEG, PNG, BMP, GIF, SVG or WebP, at most 2048 KB. */
  file: Blob | Uint8Array | ArrayBuffer;
  /** File name sent in the multipart body. @default `<type>.<extension of the detected image type>` */
  filename?: string;
};

const uploadSchema = z
  .strictObject({
    ...referenceShape,
    type: z.enum(['identitypic', 'signpic']),
    file: z.custom<Blob | Uint8Array | ArrayBuffer>(
      (value) => value instanceof Uint8Array || value instanceof ArrayBuffer || (typeof Blob !== 'undefined' && value instanceof Blob),
      'must be a Blob, File, Uint8Array or ArrayBuffer',
    ),
    filename: z.optional(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(255, 'must be at most 255 characters long'))),
  })
  .check(requireReference);

async function readBytes(file: Blob | Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  if (file instanceof Uint8Array) return file;
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  return new Uint8Array(await file.arrayBuffer());
}

/** `POST /payee/custom/file`: validates the image, computes its MD5 and sends the multipart body. */
export async function uploadPhoto(context: SgateContext, params: UploadPhotoParams, options?: RequestOptions): Promise<ApiResult<SgateCustomer>> {
  const operation = 'sgate.customers.uploadPhoto';
  const input = validateInput(uploadSchema, params, { operation, provider: 'sgate' });
  const bytes = await readBytes(input.file);
  const problem = (message: string) => new ValidationError({ provider: 'sgate', operation, issues: [{ path: 'file', message }] });
  if (bytes.length === 0) throw problem('is empty');
  if (bytes.length > MAX_PHOTO_BYTES) throw problem(`must be at most 2048 KB (got ${Math.ceil(bytes.length / 1024)} KB)`);
  const imageType = detectImageType(bytes);
  if (!imageType) throw problem('must be a JPEG, PNG, BMP, GIF, SVG or WebP image');

  const form = new FormData();
  for (const [name, value] of Object.entries(referenceParameters(input))) form.append(name, value);
  form.append('type', input.type);
  // SGATE compares this with the file it received (1501 on mismatch); lowercase hex.
  form.append('md5', md5Hex(bytes));
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: imageType }), input.filename ?? `${input.type}.${IMAGE_TYPES[imageType]}`);

  const result = context.transport.request({
    operation: 'customers.uploadPhoto',
    method: 'POST',
    path: context.paths.uploadCustomerFile,
    form,
    // Re-uploading the same file changes nothing (spec §4.6), so a repeat after a dropped connection is safe.
    idempotent: true,
    options,
  });
  return ApiPromise.from(result, (data, response) =>
    parseResponse(customerSchema, data, { operation: 'sgate customers.uploadPhoto', provider: 'sgate', requestId: response.requestId, status: response.status }),
  ).withResponse();
}
