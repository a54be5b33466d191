import { Placeholder } from '../../components/Placeholder';

export function FrameworksPage() {
  return (
    <Placeholder title="Frameworks" issue="frameworks and mappings issue">
      <p>
        Browse the NIS2, DORA, GDPR, ISO/IEC 27001:2022 Annex A and SOC 2 catalogs as trees, edit your
        organization's requirements and crosswalk mappings, import and export them as JSON or CSV, and see
        where frameworks overlap.
      </p>
    </Placeholder>
  );
}
