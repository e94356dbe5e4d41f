import { ASSESSMENT_CONDITION_LABELS, type AssessmentCondition } from '@heritage-watch/shared'
import { useLanguage } from '../../hooks/use-language.ts'
import { CONDITION_COLOURS } from '../../map/layers/condition-layers.ts'

/** A condition in words with its map colour (the colour is never the only sign). */
export function ConditionBadge({ condition }: { condition: AssessmentCondition }) {
  const language = useLanguage()
  return (
    <span className="condition-badge">
      <span
        className="condition-swatch"
        style={{ background: CONDITION_COLOURS[condition] }}
        aria-hidden="true"
      />
      {ASSESSMENT_CONDITION_LABELS[condition][language]}
    </span>
  )
}
