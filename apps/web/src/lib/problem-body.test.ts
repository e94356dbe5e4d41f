import { describe, expect, it } from 'vitest'
import { readProblem } from './problem-body.ts'

describe('readProblem', () => {
  it('keeps the code and the invalid params with their codes', () => {
    const problem = readProblem({
      type: 'about:blank',
      title: 'Bad request',
      status: 400,
      detail: 'geometry: outside',
      code: 'geometry_outside_bassin',
      'invalid-params': [{ name: 'geometry', reason: 'outside', code: 'geometry_outside_bassin' }],
    })
    expect(problem?.code).toBe('geometry_outside_bassin')
    expect(problem?.['invalid-params']).toEqual([
      { name: 'geometry', reason: 'outside', code: 'geometry_outside_bassin' },
    ])
  })

  it('drops params of the wrong shape', () => {
    const problem = readProblem({
      status: 400,
      'invalid-params': [{ name: 3 }, 'x', { name: 'a', reason: 'b' }],
    })
    expect(problem?.['invalid-params']).toEqual([{ name: 'a', reason: 'b' }])
  })

  it('refuses a body that is not a problem', () => {
    expect(readProblem({ title: 'no status' })).toBeUndefined()
    expect(readProblem('text')).toBeUndefined()
    expect(readProblem(null)).toBeUndefined()
  })
})
