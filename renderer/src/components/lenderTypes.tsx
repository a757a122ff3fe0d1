import { useTranslation } from 'react-i18next';
import { DEFAULT_REGION, type Region } from '../../../shared/domain/region';
import { lenderTypesFor, type LenderType } from '../../../shared/schemas/lenders';
import { useSettings } from '../api/settings';
import { useCaseRegion } from './caseRegion';

/** The region lender types are offered for: the case's on its pages, else the installation's. */
export function useLenderRegion(): Region {
  const caseRegion = useCaseRegion();
  const installation = useSettings().data?.region ?? DEFAULT_REGION;
  return caseRegion ?? installation;
}

/** Options for a lender-type select: the region's usual types first, the others after (never hidden). */
export function useLenderTypeOptions() {
  const { t } = useTranslation();
  const region = useLenderRegion();
  const { own, others } = lenderTypesFor(region);
  const option = (type: LenderType) => ({ value: type, label: t(`lenders.types.${type}`) });
  return [
    { label: t('lenders.typeGroups.region', { region: t(`region.names.${region}`) }), title: 'region', options: own.map(option) },
    { label: t('lenders.typeGroups.others'), title: 'others', options: others.map(option) },
  ];
}

/** A first guess at the type from the name (and the region: 財務公司 is a money lender in Hong Kong), which the counsellor can change. */
export function guessLenderType(name: string, region: Region = DEFAULT_REGION): LenderType {
  if (/催收|收數|资产管理|資產管理|商务咨询|商務諮詢|律师事务所|律師事務所/.test(name)) return 'collection_agency';
  if (/当铺|當鋪|當舖|典当|典當|押店/.test(name)) return 'pawnshop';
  if (/小额贷款|小額貸款|小贷|小貸/.test(name)) return 'microcredit';
  if (/消费金融|消費金融/.test(name)) return 'consumer_finance';
  if (/银行|銀行|bank/i.test(name)) return 'bank';
  if (region === 'hk' && /財務|财务|放債|放债|money lender/i.test(name)) return 'money_lender';
  if (/融資|融资|租賃|租赁|leasing/i.test(name)) return 'finance_company';
  if (/信用卡|card/i.test(name)) return region === 'cn' ? 'bank' : 'card_issuer';
  if (/借|贷|貸|花|呗|唄|分期|金融|app/i.test(name)) return region === 'cn' ? 'online_platform' : 'other';
  return 'other';
}
