import type { CsvStyle } from '@heritage-watch/shared'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { env } from '../../env.ts'
import { useExportDownload } from '../../hooks/use-export-download.ts'
import { useLanguage } from '../../hooks/use-language.ts'
import { useViewBounds } from '../../hooks/use-view-bounds.ts'
import {
  DOWNLOAD_CRS,
  DOWNLOAD_FORMATS,
  type DownloadCrs,
  type DownloadFormat,
  exportUrl,
  layerExportTarget,
} from '../../lib/export-request.ts'
import { MAP_LAYERS } from '../../map/layers/registry.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { ExportProgress } from './export-progress.tsx'
import './export-dialog.css'
import { useModalDialog } from '../../hooks/use-modal-dialog.ts'

interface ExportDialogProps {
  visibleLayers: ReadonlySet<string>
  onClose: () => void
}

/**
 * Export of a map layer (issue 11 §3): its collection as GeoJSON, CSV or GeoPackage, in WGS 84 or
 * Lambert-93, for the map's view or the whole layer, downloaded with its progress. A modal `<dialog>`:
 * Escape closes it and the focus goes back to the button that opened it.
 */
export function ExportDialog({ visibleLayers, onClose }: ExportDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const dialog = useModalDialog()
  const viewBounds = useViewBounds()
  const download = useExportDownload()
  const layerSelectId = useId()
  const firstVisible = MAP_LAYERS.find((layer) => layer.listed && visibleLayers.has(layer.id))
  const [layerId, setLayerId] = useState(firstVisible?.id ?? MAP_LAYERS[0]?.id ?? '')
  const [scope, setScope] = useState<'view' | 'layer'>('view')
  const [format, setFormat] = useState<DownloadFormat>('csv')
  const [crs, setCrs] = useState<DownloadCrs>('wgs84')
  const [csvStyle, setCsvStyle] = useState<CsvStyle>('fr')

  const layer = MAP_LAYERS.find((candidate) => candidate.id === layerId)
  const target = layer ? layerExportTarget(layer) : undefined
  const start = () => {
    if (!target) return
    const bbox = scope === 'view' ? viewBounds() : undefined
    const url = exportUrl(env.apiBaseUrl, target.collectionId, target.filters, {
      format,
      crs,
      csvStyle,
      bbox,
    })
    download.mutate({ url, fallbackName: `${target.collectionId}.${format}` })
  }

  return (
    <dialog
      ref={dialog}
      className="help-dialog export-dialog"
      aria-labelledby="export-heading"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="export-heading">{t('exportDialog.heading')}</h2>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault()
          start()
        }}
      >
        <label htmlFor={layerSelectId}>{t('exportDialog.layer')}</label>
        <select id={layerSelectId} value={layerId} onChange={(event) => setLayerId(event.target.value)}>
          {MAP_LAYERS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label[language]}
              {visibleLayers.has(candidate.id) ? '' : ` ${t('exportDialog.hidden')}`}
            </option>
          ))}
        </select>
        {target && !target.exact && (
          <p className="legend-note">
            {t('exportDialog.wholeCollection', { collection: target.collectionId })}
          </p>
        )}
        <ChoiceGroup
          legend={t('exportDialog.scope')}
          name="export-scope"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'view', label: t('exportDialog.scopeView') },
            { value: 'layer', label: t('exportDialog.scopeLayer') },
          ]}
        />
        <ChoiceGroup
          legend={t('exportDialog.format')}
          name="export-format"
          value={format}
          onChange={setFormat}
          options={DOWNLOAD_FORMATS.map((value) => ({ value, label: t(`exportDialog.formats.${value}`) }))}
        />
        <ChoiceGroup
          legend={t('exportDialog.crs')}
          name="export-crs"
          value={crs}
          onChange={setCrs}
          options={(Object.keys(DOWNLOAD_CRS) as DownloadCrs[]).map((value) => ({
            value,
            label: t(`exportDialog.crsNames.${value}`),
          }))}
        />
        {format === 'csv' && (
          <ChoiceGroup
            legend={t('exportDialog.csvStyle')}
            name="export-csv-style"
            value={csvStyle}
            onChange={setCsvStyle}
            options={[
              { value: 'fr', label: t('exportDialog.csvFrench') },
              { value: 'international', label: t('exportDialog.csvInternational') },
            ]}
          />
        )}
        <ExportProgress
          pending={download.isPending}
          progress={download.progress}
          done={download.data}
          failed={download.isError}
        />
        <div className="export-actions">
          <button type="submit" className="primary-button" disabled={download.isPending || !target}>
            {t('exportDialog.download')}
          </button>
          <button type="button" onClick={onClose}>
            {t('exportDialog.close')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
