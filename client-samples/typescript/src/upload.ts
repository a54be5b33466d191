// Uploading evidence the way apollo-upload-client does: extract-files (the library it is built on) takes the files out
// of { query, variables } and the GraphQL multipart request is built from the result (operations + map + one part per
// file) with Node's own fetch, FormData and File. Then the document is read back, and a non-PDF is shown to be refused.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import extractFiles from 'extract-files/extractFiles.mjs';
import isExtractableFile, { type ExtractableFile } from 'extract-files/isExtractableFile.mjs';

const server = process.env.ARVEX_URL ?? 'http://127.0.0.1:5080';
const clientId = process.env.ARVEX_CLIENT_ID ?? 'demo-partner';
const clientSecret = process.env.ARVEX_CLIENT_SECRET;
const pdfPath = process.argv[2] ?? process.env.ARVEX_UPLOAD_PDF;

interface GraphResponse<T> { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }
interface UserError { code: string; message: string; field?: string | null }
interface UploadPayload { uploadEvidence: { document: { id: string; fileName: string; status: string } | null; errors: UserError[] } }

const Upload = `mutation Upload($vendorId: ID!, $file: Upload!) {
  uploadEvidence(input: { vendorId: $vendorId, file: $file }) { document { id fileName status } errors { code message field } } }`;

async function token(): Promise<string> {
  if (!clientSecret) throw new Error('Set ARVEX_CLIENT_SECRET (the demo partner secret is the server\'s Demo:Password).');
  const response = await fetch(`${server}/connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'graph:read graph:write' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`token request failed: ${response.status} ${body.error ?? ''}`);
  return body.access_token;
}

async function graphql<T>(accessToken: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${server}/graphql`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphResponse<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The multipart request for any operation whose variables hold files, as apollo-upload-client builds it. */
function multipart(operation: { query: string; variables: Record<string, unknown> }): FormData {
  const { clone, files } = extractFiles(operation, isExtractableFile);
  const form = new FormData();
  form.set('operations', JSON.stringify(clone));
  const map: Record<string, string[]> = {};
  const parts: [string, ExtractableFile][] = [];
  for (const [file, paths] of files) {
    const name = String(parts.length);
    map[name] = paths;
    parts.push([name, file]);
  }

  // The spec's order: operations, map, then the files, so the server can stream them.
  form.set('map', JSON.stringify(map));
  for (const [name, file] of parts) form.set(name, file, file instanceof File ? file.name : 'blob');
  return form;
}

async function upload(accessToken: string, vendorId: string, file: File): Promise<UploadPayload['uploadEvidence']> {
  const response = await fetch(`${server}/graphql`, {
    method: 'POST',
    // fetch sets the multipart Content-Type with its boundary. The preflight header is the server's CSRF guard for
    // multipart requests (a browser cannot send it cross-site without CORS approval); any non-empty value does.
    headers: { Authorization: `Bearer ${accessToken}`, 'GraphQL-Require-Preflight': '1' },
    body: multipart({ query: Upload, variables: { vendorId, file } }),
  });
  const body = (await response.json()) as GraphResponse<UploadPayload>;
  if (!response.ok || body.errors?.length || !body.data) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
  return body.data.uploadEvidence;
}

async function main(): Promise<void> {
  if (!pdfPath) throw new Error('Give a PDF to upload: npm run upload -- <file.pdf> (or ARVEX_UPLOAD_PDF).');
  const accessToken = await token();
  const created = await graphql<{ createVendor: { vendor: { id: string } | null; errors: UserError[] } }>(accessToken,
    'mutation($name: String!) { createVendor(input: { name: $name }) { vendor { id } errors { code message } } }',
    { name: `upload sample ${Date.now()}-${process.pid}` });
  const vendorId = created.createVendor.vendor?.id;
  if (!vendorId) throw new Error(`createVendor failed: ${JSON.stringify(created.createVendor.errors)}`);

  const bytes = await readFile(pdfPath);
  const pdf = new File([bytes], basename(pdfPath), { type: 'application/pdf' });
  const uploaded = await upload(accessToken, vendorId, pdf);
  if (uploaded.errors.length || !uploaded.document) throw new Error(`uploadEvidence refused the PDF: ${JSON.stringify(uploaded.errors)}`);
  console.log(`uploaded ${pdf.name} (${bytes.length} bytes) as ${uploaded.document.id}, status ${uploaded.document.status}`);

  // The document comes back from the graph, attached to the vendor, with the bytes we sent.
  const read = await graphql<{ node: { fileName: string; sizeBytes: number | string; vendor: { id: string } } | null }>(accessToken,
    'query($id: ID!) { node(id: $id) { ... on EvidenceDocument { fileName sizeBytes vendor { id } } } }', { id: uploaded.document.id });
  const document = read.node;
  if (!document || document.fileName !== pdf.name || Number(document.sizeBytes) !== bytes.length || document.vendor.id !== vendorId) {
    throw new Error(`the uploaded document reads back differently: ${JSON.stringify(document)}`);
  }
  console.log(`read back: ${document.fileName}, ${document.sizeBytes} bytes, vendor ${document.vendor.id}`);

  // Extraction runs in the background; wait for it to settle, as a client showing the findings would.
  let status = uploaded.document.status;
  for (let second = 0; second < 180 && status !== 'EXTRACTED' && status !== 'FAILED'; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const polled = await graphql<{ node: { status: string } | null }>(accessToken,
      'query($id: ID!) { node(id: $id) { ... on EvidenceDocument { status } } }', { id: uploaded.document.id });
    status = polled.node?.status ?? 'MISSING';
  }
  if (status !== 'EXTRACTED' && status !== 'FAILED') throw new Error(`extraction did not finish: ${status}`);
  console.log(`extraction: ${status}`);

  // A file that does not start with %PDF- is refused, whatever its name or claimed type.
  const fake = new File(['just some text, not a PDF\n'], 'report.pdf', { type: 'application/pdf' });
  const refused = await upload(accessToken, vendorId, fake);
  if (refused.document || !refused.errors.some((e) => e.code === 'NOT_A_PDF')) {
    throw new Error(`a non-PDF was not refused with NOT_A_PDF: ${JSON.stringify(refused)}`);
  }
  console.log(`non-PDF refused: ${refused.errors.map((e) => `${e.code} (${e.message})`).join(', ')}`);
  console.log('upload sample: PDF uploaded and read back, non-PDF refused with NOT_A_PDF');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
