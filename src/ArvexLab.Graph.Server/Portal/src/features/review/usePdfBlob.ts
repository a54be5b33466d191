import { useEffect, useState } from 'react';

/**
 * Fetches a document's PDF from its short-lived download link (`EvidenceDocument.download.url`). The link is
 * its own credential, so no token is sent (it may point at object storage that refuses extra auth).
 */
export function usePdfBlob(url: string | null | undefined) {
  const [state, setState] = useState<{ blob: Blob | null; error: string | null }>({ blob: null, error: null });
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    setState({ blob: null, error: null });
    fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`The PDF could not be downloaded (HTTP ${response.status}).`);
        const blob = await response.blob();
        if (!cancelled) setState({ blob, error: null });
      })
      .catch((e: unknown) => !cancelled && setState({ blob: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
    };
  }, [url]);
  return state;
}
