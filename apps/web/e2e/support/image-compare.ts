import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/**
 * How two renderings of the same view may differ and still match, as MapLibre's render tests allow:
 * SwiftShader's anti-aliasing and tile seams move a few pixels from run to run; a wrong colour changes
 * whole areas.
 * - `threshold`: pixelmatch's per-pixel colour distance (YIQ, 0 to 1) under which two pixels are equal;
 *   anti-aliased pixels are recognised and not counted.
 * - `maxMismatchRatio`: the share of pixels that may still differ.
 */
export const RENDER_TOLERANCE = { threshold: 0.1, maxMismatchRatio: 0.003 } as const

export interface ImageComparison {
  /** Pixels that differ beyond the threshold (anti-aliasing excluded). */
  mismatched: number
  /** mismatched / all pixels. */
  ratio: number
  /** Whether the images match within the tolerance (always false when the sizes differ). */
  matches: boolean
  /** The differing pixels in red over a faded copy of `expected`, for a person to look at. */
  diff: PNG
}

/** Decodes a PNG file's bytes. */
export function readPng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes)
}

/** Encodes an image as PNG bytes. */
export function writePng(image: PNG): Buffer {
  return PNG.sync.write(image)
}

/**
 * Compares a rendering with its reference image.
 * @param tolerance RENDER_TOLERANCE unless a test says why it needs another
 */
export function compareImages(
  actual: PNG,
  expected: PNG,
  tolerance: { threshold: number; maxMismatchRatio: number } = RENDER_TOLERANCE,
): ImageComparison {
  const { width, height } = expected
  const diff = new PNG({ width, height })
  if (actual.width !== width || actual.height !== height) {
    return { mismatched: width * height, ratio: 1, matches: false, diff }
  }
  const mismatched = pixelmatch(actual.data, expected.data, diff.data, width, height, {
    threshold: tolerance.threshold,
  })
  const ratio = mismatched / (width * height)
  return { mismatched, ratio, matches: ratio <= tolerance.maxMismatchRatio, diff }
}
