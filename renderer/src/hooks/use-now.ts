import { useEffect, useState } from 'react';

/** The current time (ms), re-read every `ms` while mounted: for elapsed times that tick. */
export const useNow = (ms = 1000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
};
