import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { AssigneeSchema } from '../../../../shared/domain/workflow/assign';
import { DialogForm } from '../../../forms/dialog-form';
import { TextControl } from '../../../forms/form-controls';
import { usePermission } from '../page/complaint-permissions';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';

/** Shaped like complaints.assign's input, so the desk's field issues land on the right field. */
const AssignFormSchema = z.object({ assignee: AssigneeSchema });
type Values = z.input<typeof AssignFormSchema>;

/** Hand the complaint to the person who will handle it (their 工号 and name). */
export function AssignDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('assign');
  const form = useForm<Values, unknown, z.output<typeof AssignFormSchema>>({
    resolver: zodResolver(AssignFormSchema),
    defaultValues: { assignee: { id: '', name: '' } },
  });
  const { save, pending, error } = useDialogMutation('complaints.assign', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  return (
    <DialogForm
      trigger={t('workflow.actions.assign')}
      title={t('workflow.assignDialog.title')}
      okText={t('workflow.assignDialog.ok')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      testId="assign-dialog"
    >
      <Row gutter={12}>
        <Col span={12}>
          <TextControl control={form.control} name="assignee.id" label={t('workflow.fields.assign.employeeNo')} required autoFocus />
        </Col>
        <Col span={12}>
          <TextControl control={form.control} name="assignee.name" label={t('workflow.fields.assign.name')} required />
        </Col>
      </Row>
    </DialogForm>
  );
}
