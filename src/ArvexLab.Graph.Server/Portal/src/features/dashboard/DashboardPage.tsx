import { Placeholder } from '../../components/Placeholder';

export function DashboardPage() {
  return (
    <Placeholder title="Dashboard" issue="posture and review issues">
      <p>This page will show, for your organization:</p>
      <ul>
        <li>vendors by posture grade;</li>
        <li>evidence expiring in the next 90 days;</li>
        <li>open control exceptions and open complementary user-entity controls (CUECs);</li>
        <li>documents waiting for review.</li>
      </ul>
    </Placeholder>
  );
}
