import { Space } from 'antd';
import { useParams } from 'react-router';
import { LinkCallBar } from '../features/calls/link-call-bar';
import { ComplaintPage } from '../features/complaints/complaint-page';

/** A complaint's page; during a call, the agent may link the call to it (viewing alone never does). */
export function ComplaintRoute() {
  const { id = '' } = useParams();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <LinkCallBar complaintId={id} />
      <ComplaintPage />
    </Space>
  );
}
