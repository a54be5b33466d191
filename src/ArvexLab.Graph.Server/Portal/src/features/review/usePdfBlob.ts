import { useEffect, useState } from 'react';
import { useAuth } from '../../auth/AuthProvider';
import { createAuthFetch } from '../../graphql/authFetch';

/** Fetches a document's PDF with the user's token (the download URL comes from the graph); null until it arrives. */
export function usePdfBlob(url: string | null | undefined) {
  const { session } = useAuth();
  const [state, setState] = useState<{ blob: Blob | null; error: string | null }>({ blob: null, error: null });
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    setState({ blob: null, error: null });
    createAuthFetch(session)(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`The PDF could not be downloaded (HTTP ${response.status}).`);
        const blob = await response.blob();
        if (!cancelled) setState({ blob, error: null });
      })
      .catch((e: unknown) => !cancelled && setState({ blob: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
    };
  }, [url, session]);
  return state;
}
