import { useTranslation } from 'react-i18next'
import type { DownloadProgress } from '../../api/exports-client.ts'
import { useLanguage } from '../../hooks/use-language.ts'

interface ExportProgressProps {
  pending: boolean
  progress: DownloadProgress | null
  done: { fileName: string; bytes: number } | undefined
  failed: boolean
}

const kilobytes = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(
    bytes / 1000,
  )

/**
 * Where the download is: a progress bar without a maximum (a file written on the fly has no known
 * length), the bytes received and the features the file holds, announced politely to screen readers.
 */
export function ExportProgress({ pending, progress, done, failed }: ExportProgressProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const received = progress ? kilobytes(progress.bytes, language) : ''
  const features = progress?.features
  return (
    <div className="export-progress">
      {pending && <progress aria-label={t('exportDialog.progressLabel')} />}
      <p role="status" aria-live="polite">
        {pending &&
          (features === undefined
            ? t('exportDialog.receiving', { size: received })
            : t('exportDialog.receivingFeatures', { size: received, count: features }))}
        {!pending &&
          done &&
          t('exportDialog.saved', { name: done.fileName, size: kilobytes(done.bytes, language) })}
        {!pending && failed && t('exportDialog.failed')}
      </p>
    </div>
  )
}
