import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { languageReady } from './i18n/i18n.ts'
import './styles/index.css'

const container = document.getElementById('root')
if (!container) throw new Error('#root is required in index.html')
const root = createRoot(container)

// An English reader's first render waits for the English texts; a French one does not wait at all.
void languageReady.finally(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
