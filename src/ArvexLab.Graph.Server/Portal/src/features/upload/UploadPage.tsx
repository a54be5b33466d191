import { Placeholder } from '../../components/Placeholder';

export function UploadPage() {
  return (
    <Placeholder title="Upload evidence" issue="upload and extraction issue">
      <p>
        Drag and drop a SOC 2 report, bridge letter or ISO/IEC 27001 certificate (PDF) for a vendor, watch the
        upload progress, then follow the extraction status live until the findings are ready for review.
      </p>
    </Placeholder>
  );
}
