/**
 * The vendor's posture flags and its coverage grid per framework. Both are computed by the server
 * (`Vendor.posture`, `Vendor.coverage(framework:)`, posture issue) and render here once those fields are
 * in the schema the portal is generated from.
 */
export function VendorPosture(_props: { vendorId: string }) {
  return null;
}
