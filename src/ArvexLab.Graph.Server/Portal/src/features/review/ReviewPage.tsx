import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { RequireAction } from '../../auth/RequireAction';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { evidenceKindLabel } from '../vendors/evidenceLabels';
import { findingsOf } from './findings';
import { ReviewDocumentQuery } from './reviewQueries';
import { ReviewQueue } from './ReviewQueue';
import { ReviewWorkspace } from './ReviewWorkspace';
import { usePdfBlob } from './usePdfBlob';
import { useReviewActions } from './useReviewActions';

function DocumentReview({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewDocumentQuery, variables: { id } });
  const document = data?.evidenceDocument;
  const findings = useMemo(() => (document ? findingsOf(document) : []), [document]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const actions = useReviewActions(document ?? null, reload);
  const pdf = usePdfBlob(document?.download.url);

  if (error && !data) return <RequestError error={error} title="The document could not be loaded" />;
  if (!data) return fetching ? <Loading label="Loading the document…" /> : null;
  if (!document) return <EmptyState title="No such document">It may have been removed, or belong to another organization.</EmptyState>;
  return (
    <>
      <p className="muted">
        <Link to={`/vendors/${encodeURIComponent(document.vendor.id)}`}>{document.vendor.name}</Link> · {evidenceKindLabel[document.kind]} ·{' '}
        {document.fileName}
      </p>
      <ReviewWorkspace findings={findings} reviewStatus={document.reviewStatus} pdf={pdf} actions={actions} onReload={reload} />
    </>
  );
}

export function ReviewPage() {
  const id = useParams().id;
  return (
    <RequireAction anyOf={['evidence:review']} title="Review">
      <section aria-labelledby="page-title">
        <p className="breadcrumb">
          <Link to="/review">Review</Link> /
        </p>
        <h1 id="page-title">{id ? 'Review workspace' : 'Documents waiting for review'}</h1>
        {id ? <DocumentReview id={id} /> : <ReviewQueue />}
      </section>
    </RequireAction>
  );
}
