import { describe, expect, it } from 'vitest';
import { multipartBody } from './multipartUpload';

describe('multipartBody', () => {
  it('follows the multipart request spec: operations with a null file, a map, then the file', async () => {
    const file = new Blob(['%PDF-1.7 test'], { type: 'application/pdf' });
    const body = multipartBody(
      { documentId: 'sha256:abc', variables: { input: { vendorId: 'V1', file: 'placeholder' } } },
      'variables.input.file',
      file,
      'report.pdf',
    );

    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(String(body.get('operations')))).toEqual({
      documentId: 'sha256:abc',
      variables: { input: { vendorId: 'V1', file: null } },
    });
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.input.file'] });
    const part = body.get('0') as File;
    expect(part.name).toBe('report.pdf');
    expect(await part.text()).toBe('%PDF-1.7 test');
  });

  it('leaves the caller’s variables untouched', () => {
    const variables = { input: { vendorId: 'V1', file: 'x' } };
    multipartBody({ query: 'mutation { x }', variables }, 'variables.input.file', new Blob([]), 'a.pdf');
    expect(variables.input.file).toBe('x');
  });
});
