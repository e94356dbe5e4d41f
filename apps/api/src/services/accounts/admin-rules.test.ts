import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../errors.ts'
import { keepAnAdmin } from './admin-rules.ts'

const admin = { id: 'a', role: 'admin' as const, disabled: false }
const named = (run: () => void) => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).invalidParams.map((param) => param.name)
  }
  return []
}

describe('keepAnAdmin', () => {
  it('refuses to demote or disable the last active admin, naming the field', () => {
    expect(named(() => keepAnAdmin(['a'], admin, { role: 'officer', disabled: false }))).toEqual(['role'])
    expect(named(() => keepAnAdmin(['a'], admin, { role: 'admin', disabled: true }))).toEqual(['disabled'])
    expect(named(() => keepAnAdmin([], admin, { role: 'partner', disabled: true }))).toEqual(['role'])
  })

  it('lets an admin go when another active admin remains', () => {
    expect(named(() => keepAnAdmin(['a', 'b'], admin, { role: 'officer', disabled: true }))).toEqual([])
  })

  it('does not concern changes that keep an active admin, nor other accounts', () => {
    expect(named(() => keepAnAdmin(['a'], admin, { role: 'admin', disabled: false }))).toEqual([])
    const disabledAdmin = { ...admin, disabled: true }
    expect(named(() => keepAnAdmin(['b'], disabledAdmin, { role: 'officer', disabled: true }))).toEqual([])
    const officer = { id: 'o', role: 'officer' as const, disabled: false }
    expect(named(() => keepAnAdmin([], officer, { role: 'officer', disabled: true }))).toEqual([])
  })
})
