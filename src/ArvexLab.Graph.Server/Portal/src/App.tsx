import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { CallbackPage } from './auth/CallbackPage';
import { callbackPath } from './auth/oidcSettings';
import { RequireSignIn } from './auth/RequireSignIn';
import type { AuthSession } from './auth/session';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { FrameworksPage } from './features/frameworks/FrameworksPage';
import { OrganizationPage } from './features/organization/OrganizationPage';
import { ReviewPage } from './features/review/ReviewPage';
import { UploadPage } from './features/upload/UploadPage';
import { VendorCreatePage } from './features/vendors/VendorCreatePage';
import { VendorDetailPage } from './features/vendors/VendorDetailPage';
import { VendorEditPage } from './features/vendors/VendorEditPage';
import { VendorsPage } from './features/vendors/VendorsPage';
import { createGraphClient } from './graphql/client';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';

function SignedInApp() {
  const { session } = useAuth();
  const client = useMemo(() => createGraphClient(session), [session]);
  return (
    <UrqlProvider value={client}>
      <RequireSignIn>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<DashboardPage />} />
            <Route path="vendors" element={<VendorsPage />} />
            <Route path="vendors/new" element={<VendorCreatePage />} />
            <Route path="vendors/:id" element={<VendorDetailPage />} />
            <Route path="vendors/:id/edit" element={<VendorEditPage />} />
            <Route path="upload" element={<UploadPage />} />
            <Route path="review" element={<ReviewPage />} />
            <Route path="review/:id" element={<ReviewPage />} />
            <Route path="frameworks" element={<FrameworksPage />} />
            <Route path="organization" element={<OrganizationPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </RequireSignIn>
    </UrqlProvider>
  );
}

export function App({ session }: { session: AuthSession }) {
  return (
    <AuthProvider session={session}>
      <Routes>
        <Route path={callbackPath} element={<CallbackPage />} />
        <Route path="*" element={<SignedInApp />} />
      </Routes>
    </AuthProvider>
  );
}
