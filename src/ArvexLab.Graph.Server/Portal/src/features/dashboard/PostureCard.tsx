/**
 * Vendors by posture grade. The grade is computed by the server (`Vendor.posture`, posture issue); this
 * card renders it once that field is in the schema the portal is generated from.
 */
export function PostureCard() {
  return null;
}
