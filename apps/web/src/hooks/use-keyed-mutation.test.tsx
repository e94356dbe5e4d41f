// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { useKeyedMutation } from './use-keyed-mutation.ts'

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
}

describe('useKeyedMutation', () => {
  it('sends the same key on the retries of one action and a new key for the next action', async () => {
    const sent: [string, string][] = []
    let failNext = true
    const write = async (text: string, key: string) => {
      sent.push([text, key])
      if (failNext) {
        failNext = false
        throw new ApiError('network', 'no answer')
      }
      return text.toUpperCase()
    }
    const { result } = renderHook(() => useKeyedMutation(write), { wrapper })
    expect(await result.current.mutateAsync('premier')).toBe('PREMIER')
    expect(await result.current.mutateAsync('second')).toBe('SECOND')
    await waitFor(() => expect(result.current.variables).toBe('second'))
    const [first, retry, next] = sent
    expect(first![0]).toBe('premier')
    expect(retry).toEqual(first)
    expect(next![0]).toBe('second')
    expect(next![1]).not.toBe(first![1])
  })

  it('does not send again what the API refused', async () => {
    const sent: string[] = []
    const write = async (_text: string, key: string): Promise<string> => {
      sent.push(key)
      throw new ApiError('http', 'HTTP 409', 409)
    }
    const { result } = renderHook(() => useKeyedMutation(write), { wrapper })
    await expect(result.current.mutateAsync('refusé')).rejects.toBeInstanceOf(ApiError)
    expect(sent).toHaveLength(1)
  })
})
