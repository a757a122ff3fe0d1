// Which column holds which field: header names counsellors use, in Simplified and
// Traditional Chinese and English, and the mapping proposed from a sheet's header row.
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../shared/schemas/imports';

/** Header names per field, already in the folded form of `headerKey`. The first hit wins. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['姓名', '客户姓名', '客戶姓名', '客户', '客戶', '借款人', '名字', '债务人', '債務人', 'name', 'clientname', 'client', 'fullname', 'borrower'],
  idNumber: ['身份证号', '身份证号码', '身份證號', '身份證號碼', '身份证', '身份證', '证件号码', '證件號碼', '证件号', 'idnumber', 'idno', 'id', 'residentid', 'idcard'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', '電話', '手機', '手機號碼', '聯絡電話', 'phone', 'mobile', 'tel', 'telephone', 'phonenumber'],
  address: ['地址', '住址', '联系地址', '聯絡地址', '家庭住址', 'address'],
  notes: ['备注', '備註', '说明', '說明', 'notes', 'note', 'remarks', 'comment'],
  lender: ['债权人', '債權人', '贷款机构', '貸款機構', '借款平台', '平台', '机构', '機構', '银行', '銀行', '出借人', 'lender', 'creditor', 'bank', 'platform'],
  productType: ['产品类型', '產品類型', '借款类型', '借款類型', '类型', '類型', '债务类型', '債務類型', 'producttype', 'type', 'product'],
  accountRef: ['账号', '帳號', '合同号', '合同編號', '合同编号', '卡号', '卡號', '借款编号', '借款編號', '账户', '帳戶', 'account', 'accountno', 'accountnumber', 'contract', 'contractno', 'reference'],
  loanDate: ['借款日期', '放款日期', '借款日', '放款日', 'loandate', 'dateborrowed'],
  borrowed: ['借款金额', '借款金額', '合同金额', '合同金額', '借款本金', '贷款金额', '貸款金額', 'borrowed', 'loanamount', 'amountborrowed'],
  principal: ['本金', '剩余本金', '剩餘本金', '欠款本金', '未还本金', '未還本金', 'principal', 'principaloutstanding', 'outstandingprincipal'],
  interest: ['利息', '欠息', '未还利息', '未還利息', 'interest'],
  penalty: ['罚息', '罰息', '逾期利息', 'penalty', 'penaltyinterest'],
  lateFees: ['滞纳金', '滯納金', '违约金', '違約金', '逾期费', '逾期費', 'latefee', 'latefees'],
  otherFees: ['其他费用', '其他費用', '其他', '手续费', '手續費', 'otherfees', 'other', 'othercharges', 'fees'],
  firstMissedDate: ['逾期日期', '首次逾期日', '首次逾期日期', '逾期时间', '逾期時間', '逾期开始', '逾期開始', '开始逾期', '開始逾期', 'firstmissed', 'firstmissedpayment', 'overduesince', 'dateoverdue'],
};

/**
 * A header as compared: width-folded, lower case, without spaces, punctuation and a unit
 * in brackets ("本金（元）", "Principal (¥)", "身份证号*").
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-.:：*/#¥$]/g, '');
}

const BY_KEY = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const name of SYNONYMS[field]) if (!BY_KEY.has(name)) BY_KEY.set(name, field);

/** The field a header names, or null. Exact names first; then a header that contains a known Chinese name. */
export function fieldForHeader(header: string): ImportField | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  // Only Chinese names are looked for inside longer headers (English ones are too short:
  // "id", "tel"). The longest name found wins, and at equal length the one nearer the end,
  // since a Chinese compound ends in what it names: 客户电话 is a phone, not a client.
  let best: { field: ImportField; length: number; end: number } | null = null;
  for (const field of IMPORT_FIELDS) {
    for (const name of SYNONYMS[field]) {
      if (!/[\u4e00-\u9fff]/.test(name) || name.length < 2 || !key.includes(name)) continue;
      const end = key.lastIndexOf(name) + name.length;
      if (!best || name.length > best.length || (name.length === best.length && end > best.end)) best = { field, length: name.length, end };
    }
  }
  if (best) return best.field;
  return null;
}

/** Proposes a column for each field from the header row; each column is used at most once. */
export function proposeMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}
