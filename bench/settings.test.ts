import { describe, expect, it } from 'vitest'
import { benchSettings } from './settings'

describe("the bench's settings (BENCH_WARM_RUNS, BENCH_LOAD_SECONDS, LOAD_SECONDS, LOAD_MIX)", () => {
  it('default to the documented runs and durations', () => {
    expect(benchSettings({})).toEqual({ BENCH_WARM_RUNS: 50, BENCH_LOAD_SECONDS: 10, LOAD_SECONDS: 60, LOAD_MIX: 'day' })
    expect(benchSettings({ BENCH_WARM_RUNS: '80', BENCH_LOAD_SECONDS: '20', LOAD_SECONDS: '120', LOAD_MIX: 'library' })).toEqual({
      BENCH_WARM_RUNS: 80,
      BENCH_LOAD_SECONDS: 20,
      LOAD_SECONDS: 120,
      LOAD_MIX: 'library',
    })
  })

  it('refuse a bad value by name instead of printing NaN figures', () => {
    expect(() => benchSettings({ LOAD_SECONDS: 'two minutes' })).toThrow(/LOAD_SECONDS/)
    expect(() => benchSettings({ BENCH_LOAD_SECONDS: '0' })).toThrow(/BENCH_LOAD_SECONDS/)
    expect(() => benchSettings({ BENCH_LOAD_SECONDS: '2.5' })).toThrow(/BENCH_LOAD_SECONDS/)
    expect(() => benchSettings({ LOAD_MIX: 'everything' })).toThrow(/LOAD_MIX/)
    // Issue #6 asks for the warm figures over at least 50 renders.
    expect(() => benchSettings({ BENCH_WARM_RUNS: '10' })).toThrow(/BENCH_WARM_RUNS/)
  })
})
