import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { type DownloadProgress, downloadExport } from '../api/exports-client.ts'

/** Hands a downloaded file to the browser as a download (a link to its blob, clicked once). */
function saveFile(blob: Blob, fileName: string) {
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(href), 60_000)
}

/** An export downloaded with its progress, then saved; `reset` clears a finished or failed one. */
export function useExportDownload() {
  const [progress, setProgress] = useState<DownloadProgress | null>(null)
  const mutation = useMutation({
    mutationFn: async ({ url, fallbackName }: { url: string; fallbackName: string }) => {
      setProgress({ bytes: 0 })
      const file = await downloadExport(url, fallbackName, setProgress)
      saveFile(file.blob, file.fileName)
      return { fileName: file.fileName, bytes: file.blob.size }
    },
  })
  return { ...mutation, progress }
}
