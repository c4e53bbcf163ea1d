/** What the bench scripts share: a warm median of a call's time, and how to print it. */

/** The median time of `run` after `warm` unmeasured calls: up to 15 samples, at least 3, for about 3 s. */
export async function median(run: (i: number) => Promise<unknown>, warm = 2): Promise<number> {
  for (let i = 0; i < warm; i += 1) await run(i)
  const samples: number[] = []
  const started = performance.now()
  for (
    let i = warm;
    samples.length < 15 && (samples.length < 3 || performance.now() - started < 3000);
    i += 1
  ) {
    const t = performance.now()
    await run(i)
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

export const ms = (x: number): string =>
  (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms'

/** A markdown table: one column per size, one row per measure. */
export function printTable(sizes: number[], rows: Record<string, string[]>): void {
  const header = ['', ...sizes.map((n) => n.toLocaleString('en'))]
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  console.log(line(header))
  console.log(line(header.map(() => '---')))
  for (const [name, cells] of Object.entries(rows)) console.log(line([name, ...cells]))
}
