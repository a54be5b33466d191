/**
 * One GraphQL multipart request (jaydenseric/graphql-multipart-request-spec) sent with XMLHttpRequest,
 * because fetch cannot report upload progress. Parts in the spec's order: `operations` (the operation
 * with null where the file goes), `map` (part name → variable paths), then the file.
 */
export interface MultipartOperation {
  /** A registered operation's id (`sha256:…`), or the query text for an unregistered one. */
  documentId?: string;
  query?: string;
  variables: Record<string, unknown>;
}

export function multipartBody(operation: MultipartOperation, filePath: string, file: Blob, fileName: string): FormData {
  const variables = structuredClone(operation.variables);
  setPath({ variables }, filePath, null);
  const body = new FormData();
  body.append('operations', JSON.stringify({ ...operation, variables }));
  body.append('map', JSON.stringify({ 0: [filePath] }));
  body.append('0', file, fileName);
  return body;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

export interface UploadOptions {
  url: string;
  body: FormData;
  token: string | null;
  onProgress: (fraction: number) => void;
}

/** Resolves with the parsed GraphQL response (any HTTP status that carries JSON), rejects on network failure. */
export function sendMultipart({ url, body, token, onProgress }: UploadOptions): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    // The CSRF rule: a multipart POST is a "simple" request, so the server wants this header (any value).
    xhr.setRequestHeader('GraphQL-Require-Preflight', '1');
    xhr.setRequestHeader('Accept', 'application/graphql-response+json, application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      onProgress(1);
      try {
        resolve({ status: xhr.status, json: JSON.parse(xhr.responseText) });
      } catch {
        reject(new Error(`The server answered HTTP ${xhr.status} without a GraphQL response.`));
      }
    };
    xhr.onerror = () => reject(new Error('The upload failed: the server could not be reached.'));
    xhr.onabort = () => reject(new Error('The upload was cancelled.'));
    xhr.send(body);
  });
}
