import { useId } from 'react'
import { STAR_STYLE, starPoints, svgPoints, WARNING_SHAPE } from '../../map/icon-shapes.ts'
import type { Swatch } from '../../map/layers/types.ts'

const WIDTH = 28
const HEIGHT = 20

/** A small drawing of how the map shows a layer or class; decorative, the label says the rest. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  const patternId = useId()
  return (
    <svg
      className="legend-swatch"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <SwatchShape swatch={swatch} patternId={patternId} />
    </svg>
  )
}

function SwatchShape({ swatch, patternId }: { swatch: Swatch; patternId: string }) {
  switch (swatch.kind) {
    case 'fill':
      return (
        <>
          {swatch.hatch && (
            <defs>
              <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" fill={swatch.fill} />
                <path d="M-1,7 L7,-1 M-4,4 L4,-4 M2,10 L10,2" stroke={swatch.stroke} strokeWidth="1.3" />
              </pattern>
            </defs>
          )}
          <rect
            x="2"
            y="2"
            width={WIDTH - 4}
            height={HEIGHT - 4}
            rx="2"
            fill={swatch.hatch ? `url(#${patternId})` : swatch.fill}
            fillOpacity={swatch.fillOpacity ?? 1}
            stroke={swatch.stroke}
            strokeWidth="2"
            strokeDasharray={swatch.dashed ? '4 2' : undefined}
          />
        </>
      )
    case 'line':
      return (
        <line
          x1="2"
          y1={HEIGHT / 2}
          x2={WIDTH - 2}
          y2={HEIGHT / 2}
          stroke={swatch.stroke}
          strokeWidth={swatch.width ?? 2}
          strokeDasharray={swatch.dashed ? '5 3' : undefined}
          strokeLinecap="round"
        />
      )
    case 'circle':
      return (
        <circle
          cx={WIDTH / 2}
          cy={HEIGHT / 2}
          r="5"
          fill={swatch.fill}
          stroke={swatch.stroke}
          strokeWidth="1.5"
        />
      )
    case 'icon':
      return (
        <g transform={`translate(${(WIDTH - 20) / 2} 0) scale(${20 / 24})`}>
          {swatch.icon === 'warning' ? (
            <>
              <polygon
                points={svgPoints(WARNING_SHAPE.triangle)}
                fill={WARNING_SHAPE.fill}
                stroke={WARNING_SHAPE.edge}
                strokeWidth="1.5"
                strokeLinejoin="round"
              />
              <rect {...WARNING_SHAPE.bar} fill={WARNING_SHAPE.edge} />
              <circle
                cx={WARNING_SHAPE.dot.x}
                cy={WARNING_SHAPE.dot.y}
                r={WARNING_SHAPE.dot.radius}
                fill={WARNING_SHAPE.edge}
              />
            </>
          ) : (
            <polygon
              points={svgPoints(starPoints())}
              fill={STAR_STYLE.fill}
              stroke={STAR_STYLE.edge}
              strokeWidth="1.5"
              strokeLinejoin="round"
            />
          )}
        </g>
      )
  }
}
