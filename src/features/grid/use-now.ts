import { useEffect, useState } from 'react'
import { demoNow } from '@/lib/demo'

/** The demo clock, re-read every 30 s so deadline clocks count down. */
export function useNow(): number {
  const [now, setNow] = useState(demoNow)
  useEffect(() => {
    const timer = setInterval(() => setNow(demoNow()), 30_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
