import { useParams } from 'react-router';
import { useLinkCallToOpenedComplaint } from '../features/calls/use-link-call-to-opened-complaint';
import { ComplaintPage } from '../features/complaints/complaint-page';

/** A complaint's page; opened during a live call, the call is linked to it. */
export function ComplaintRoute() {
  const { id } = useParams();
  useLinkCallToOpenedComplaint(id);
  return <ComplaintPage />;
}
