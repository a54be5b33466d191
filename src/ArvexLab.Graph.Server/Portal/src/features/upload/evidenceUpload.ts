import type { PayloadError } from '../../components/states';
import { graphql } from '../../gql';
import { graphqlEndpoint } from '../../graphql/client';
import { multipartBody, sendMultipart } from './multipartUpload';

export const UploadEvidenceMutation = graphql(`
  mutation UploadEvidence($input: UploadEvidenceInput!) {
    uploadEvidence(input: $input) {
      document { id title status }
      errors { code message field }
      warnings { code message }
    }
  }
`);

/** The registered id of the upload operation (persisted documents), sent instead of its text. */
function documentIdOf(document: unknown): string {
  return `sha256:${(document as { __meta__: { hash: string } }).__meta__.hash}`;
}

export interface UploadOutcome {
  documentId: string | null;
  errors: readonly PayloadError[];
  warnings: readonly { code: string; message: string }[];
}

/** Uploads a PDF for a vendor with the uploadEvidence mutation as one multipart request, reporting progress. */
export async function uploadEvidenceFile(options: {
  vendorId: string;
  file: File;
  token: string | null;
  onProgress: (fraction: number) => void;
}): Promise<UploadOutcome> {
  const body = multipartBody(
    { documentId: documentIdOf(UploadEvidenceMutation), variables: { input: { vendorId: options.vendorId, file: null } } },
    'variables.input.file',
    options.file,
    options.file.name,
  );
  const { status, json } = await sendMultipart({ url: graphqlEndpoint, body, token: options.token, onProgress: options.onProgress });
  const response = json as {
    data?: { uploadEvidence?: { document?: { id: string } | null; errors: PayloadError[]; warnings: { code: string; message: string }[] } | null };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const payload = response.data?.uploadEvidence;
  if (payload) return { documentId: payload.document?.id ?? null, errors: payload.errors, warnings: payload.warnings ?? [] };
  const errors = response.errors?.map((e) => ({ code: e.extensions?.code ?? `HTTP_${status}`, message: e.message, field: null })) ?? [];
  return { documentId: null, errors: errors.length ? errors : [{ code: `HTTP_${status}`, message: 'The upload was refused.', field: null }], warnings: [] };
}
