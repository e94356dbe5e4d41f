import { attachmentName } from '../lib/export-request.ts'
import { ApiError } from './api-error.ts'

/** Bytes received, and the number of features the file holds when the API says it (CSV, GeoPackage). */
export interface DownloadProgress {
  bytes: number
  features?: number
}

export interface DownloadedFile {
  blob: Blob
  fileName: string
}

/**
 * Downloads an export as it streams in, reporting the bytes received (the length of a file written on
 * the fly is not known in advance), with the account's cookie for the private collections.
 */
export async function downloadExport(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  let response: Response
  try {
    response = await fetch(url, { credentials: 'include', signal })
  } catch (cause) {
    throw new ApiError('network', 'the export could not be downloaded', undefined, { cause })
  }
  if (!response.ok || !response.body)
    throw new ApiError('http', `export answered ${response.status}`, response.status)
  const announced = Number(response.headers.get('OGC-NumberMatched'))
  const features =
    Number.isFinite(announced) && response.headers.has('OGC-NumberMatched') ? announced : undefined
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  onProgress({ bytes, features })
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    bytes += value.byteLength
    onProgress({ bytes, features })
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream'
  return {
    blob: new Blob(chunks as BlobPart[], { type }),
    fileName: attachmentName(response.headers.get('Content-Disposition'), fallbackName),
  }
}
