import { Placeholder } from '../../components/Placeholder';

export function OrganizationPage() {
  return (
    <Placeholder title="Organization" issue="identity and access issue">
      <p>
        Manage the organization's users and their roles (admin, reviewer, viewer) and its partner clients: create
        one (its secret is shown once), rotate its secret, revoke it.
      </p>
    </Placeholder>
  );
}
