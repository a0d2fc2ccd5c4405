import { Col, Divider, Row, Typography } from 'antd';
import { useWatch, type Control, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { IDENTITY_DOCUMENT_KINDS } from '../../../../../shared/domain/regulatory/representation';
import type { RegistrationDataSchema } from '../../../../../shared/domain/workflow/stage-data';
import { useDeskQuery } from '../../../../api/hooks';
import { RadioControl, SelectControl, TextControl } from '../../../../forms/form-controls';

type Values = z.input<typeof RegistrationDataSchema>;

/**
 * A document kind and number (居民身份证 is checked with its check character). The complainant's is optional,
 * read through a blank-means-none step, so its paths are not in the schema's input type: named as paths here.
 */
function IdentityRow({ control, base, label }: { control: Control<Values>; base: 'representation.complainant.identity' | 'representation.onBehalf.identity'; label: string }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col span={8}>
        <SelectControl
          control={control}
          name={`${base}.kind` as Path<Values>}
          label={t('regulatory.representation.identityKind', { who: label })}
          options={IDENTITY_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`regulatory.representation.identityKinds.${k}`) }))}
        />
      </Col>
      <Col span={16}>
        <TextControl control={control} name={`${base}.number` as Path<Values>} label={t('regulatory.representation.identityNumber', { who: label })} />
      </Col>
    </Row>
  );
}

/**
 * Who complained, for whom and about whom (Arts. 13–14): a person or an organisation; on their own or through an
 * agent (with the signed 授权委托书, attached to the complaint first) or as an heir (with the proof of inheritance).
 */
export function RepresentationFields({ control, complaintId }: { control: Control<Values>; complaintId: string }) {
  const { t } = useTranslation();
  const complainant = useWatch({ control, name: 'representation.complainant.kind' });
  const onBehalf = useWatch({ control, name: 'representation.onBehalf.kind' });
  const attachments = useDeskQuery('attachments.list', { complaintId });
  const files = (attachments.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  return (
    <div data-testid="representation-fields">
      <Divider titlePlacement="start" plain>
        {t('regulatory.representation.title')}
      </Divider>
      <RadioControl
        control={control}
        name="representation.complainant.kind"
        label={t('regulatory.representation.complainantKind')}
        required
        options={(['person', 'organisation'] as const).map((k) => ({ value: k, label: t(`regulatory.representation.complainantKinds.${k}`) }))}
      />
      {complainant === 'organisation' ? (
        <Row gutter={12}>
          <Col span={12}>
            <TextControl control={control} name="representation.complainant.name" label={t('regulatory.representation.orgName')} required />
          </Col>
          <Col span={12}>
            <TextControl control={control} name="representation.complainant.creditCode" label={t('regulatory.representation.creditCode')} required />
          </Col>
          <Col span={12}>
            <TextControl control={control} name="representation.complainant.address" label={t('regulatory.representation.orgAddress')} required />
          </Col>
          <Col span={12}>
            <TextControl control={control} name="representation.complainant.legalRepresentative" label={t('regulatory.representation.legalRepresentative')} required />
          </Col>
        </Row>
      ) : (
        <IdentityRow control={control} base="representation.complainant.identity" label={t('regulatory.representation.complainantKinds.person')} />
      )}
      <RadioControl
        control={control}
        name="representation.onBehalf.kind"
        label={t('regulatory.representation.onBehalfKind')}
        required
        options={(['self', 'agent', 'heir'] as const).map((k) => ({ value: k, label: t(`regulatory.representation.onBehalfKinds.${k}`) }))}
      />
      {(onBehalf === 'agent' || onBehalf === 'heir') && (
        <>
          <Row gutter={12}>
            <Col span={12}>
              <TextControl control={control} name="representation.onBehalf.name" label={t(`regulatory.representation.${onBehalf}Name`)} required />
            </Col>
            <Col span={12}>
              <TextControl control={control} name="representation.onBehalf.phone" label={t(`regulatory.representation.${onBehalf}Phone`)} required />
            </Col>
          </Row>
          <IdentityRow control={control} base="representation.onBehalf.identity" label={t(`regulatory.representation.onBehalfKinds.${onBehalf}`)} />
          <SelectControl
            control={control}
            name={onBehalf === 'agent' ? 'representation.onBehalf.authorisationAttachmentId' : 'representation.onBehalf.proofAttachmentId'}
            label={t(onBehalf === 'agent' ? 'regulatory.representation.authorisation' : 'regulatory.representation.inheritanceProof')}
            required
            options={files}
          />
          {files.length === 0 && <Typography.Paragraph type="secondary">{t('regulatory.representation.attachFirst')}</Typography.Paragraph>}
        </>
      )}
      <Row gutter={12}>
        <Col span={8}>
          <TextControl control={control} name="representation.complainedAbout.institution" label={t('regulatory.representation.institution')} />
        </Col>
        <Col span={8}>
          <TextControl control={control} name="representation.complainedAbout.staffName" label={t('regulatory.representation.staffName')} />
        </Col>
        <Col span={8}>
          <TextControl control={control} name="representation.complainedAbout.staffBranch" label={t('regulatory.representation.staffBranch')} />
        </Col>
      </Row>
    </div>
  );
}
