import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import './i18n/i18n.ts'
import './styles/index.css'

const container = document.getElementById('root')
if (!container) throw new Error('#root is required in index.html')

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
