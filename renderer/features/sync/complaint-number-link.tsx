import { Link } from 'react-router';
import { useDeskQuery } from '../../api/hooks';

/** A complaint named by its number (read from the desk), linking to its page; its id until the number is known. */
export function ComplaintNumberLink({ id }: { id: string }) {
  const detail = useDeskQuery('complaints.get', { id });
  return <Link to={`/complaints/${id}`}>{detail.data?.complaint.number ?? id}</Link>;
}
