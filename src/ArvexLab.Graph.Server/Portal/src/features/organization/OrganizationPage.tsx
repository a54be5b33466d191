import { RequireAction } from '../../auth/RequireAction';
import { PartnerClientsSection } from './PartnerClientsSection';
import { UsersSection } from './UsersSection';

export function OrganizationPage() {
  return (
    <RequireAction anyOf={['organization:admin']} title="Organization">
      <section aria-labelledby="page-title">
        <h1 id="page-title">Organization</h1>
        <UsersSection />
        <PartnerClientsSection />
      </section>
    </RequireAction>
  );
}
